package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sentences of our own in several scripts, for charset fixtures.
const (
	textRussian  = "Переговоры о прекращении огня возобновятся в понедельник, сообщили посредники."
	textFrench   = "Les négociateurs ont prévu une nouvelle réunion à Genève après l'échec du dernier cycle."
	textJapanese = "停戦交渉は月曜日に再開される予定だと仲介者が明らかにした。"
	textKorean   = "노사 협상은 다음 주 월요일에 다시 열릴 예정이라고 중재자가 밝혔다."
	textChinese  = "调解人表示，停火谈判将于下周一恢复。"
	textGerman   = "Die Tarifverhandlungen werden am Montag fortgesetzt, teilten die Schlichter mit."
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return b
}

func TestDecodeHTML(t *testing.T) {
	pad := "<!-- " + strings.Repeat("padding ", 200) + "-->" // pushes a late meta past 1024 bytes
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string
		wantEnc     string
	}{
		{"header windows-1251", encode(t, charmap.Windows1251, "<p>"+textRussian+"</p>"), "text/html; charset=windows-1251", textRussian, "windows-1251"},
		{"header koi8-r", encode(t, charmap.KOI8R, "<p>"+textRussian+"</p>"), "text/html; charset=KOI8-R", textRussian, "koi8-r"},
		{"meta iso-8859-1", encode(t, charmap.ISO8859_1, `<meta charset="iso-8859-1"><p>`+textFrench+"</p>"), "text/html", textFrench, "windows-1252"},
		{"meta http-equiv shift_jis", encode(t, japanese.ShiftJIS, `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>`+textJapanese+"</p>"), "", textJapanese, "shift_jis"},
		{"late meta euc-kr", encode(t, korean.EUCKR, `<html><head>`+pad+`<meta charset='euc-kr'></head><p>`+textKorean+"</p>"), "", textKorean, "euc-kr"},
		{"meta gbk", encode(t, simplifiedchinese.GBK, `<meta charset=gbk><p>`+textChinese+"</p>"), "text/html", textChinese, "gbk"},
		{"xml declaration", encode(t, charmap.ISO8859_15, `<?xml version="1.0" encoding="ISO-8859-15"?><html><p>`+textGerman+"</p></html>"), "application/xhtml+xml", textGerman, "iso-8859-15"},
		{"utf-16le bom", append([]byte{0xff, 0xfe}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "<p>"+textKorean+"</p>")...), "text/html; charset=iso-8859-1", textKorean, "utf-16le"},
		{"utf-8 bom beats header", append([]byte("\xef\xbb\xbf"), "<p>"+textRussian+"</p>"...), "text/html; charset=windows-1251", textRussian, "utf-8"},
		{"header says utf-8, page says euc-kr", encode(t, korean.EUCKR, `<meta charset="euc-kr"><p>`+textKorean+"</p>"), "text/html; charset=utf-8", textKorean, "euc-kr"},
		{"undeclared utf-8", []byte("<p>" + textJapanese + "</p>"), "", textJapanese, "utf-8"},
		{"wrong header default, body is utf-8", []byte("<p>" + textFrench + "</p>"), "text/html; charset=ISO-8859-1", textFrench, "utf-8"},
		{"meta utf-16 in ascii means utf-8", []byte(`<meta charset="utf-16"><p>` + textKorean + "</p>"), "", textKorean, "utf-8"},
		{"undeclared legacy latin", encode(t, charmap.Windows1252, "<p>"+textFrench+" "+textFrench+"</p>"), "", textFrench, "windows-1252"},
		{"unknown label falls through", []byte(`<meta charset="x-klingon"><p>` + textGerman + "</p>"), "text/html; charset=nonsense", textGerman, "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decodeHTML(tt.body, tt.contentType)
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("decodeHTML = %q, want it to contain %q", got, tt.want)
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"meta charset", `<meta charset="UTF-8">`, "utf-8"},
		{"unquoted", `<META CHARSET=windows-1251>`, "windows-1251"},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html;charset=euc-jp">`, "euc-jp"},
		{"charset in text is ignored", `<p>charset=koi8-r</p>`, ""},
		{"charset in another tag is ignored", `<script charset="utf-8"></script>`, ""},
		{"xml declaration", `<?xml version="1.0" encoding='gb2312'?>`, "gb2312"},
		{"none", `<html><head></head></html>`, ""},
		{"empty value", `<meta charset="">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := metaCharset([]byte(tt.in)); got != tt.want {
				t.Errorf("metaCharset(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzDecodeHTML checks that decoding never panics and always yields
// valid UTF-8.
func FuzzDecodeHTML(f *testing.F) {
	f.Add([]byte(`<meta charset="shift_jis">`+"\x93\xfa\x96\x7b"), "")
	f.Add([]byte("\xff\xfe<\x00"), "text/html; charset=utf-8")
	f.Add([]byte("caf\xe9"), "text/html; charset=iso-8859-1")
	f.Add([]byte(`<?xml encoding="utf-16"?>`), "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		got, enc := decodeHTML(body, contentType)
		if !utf8.Valid(got) {
			t.Errorf("decodeHTML(%q, %q) = %q (%s): not valid UTF-8", body, contentType, got, enc)
		}
	})
}
