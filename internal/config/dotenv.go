package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/joho/godotenv"
)

// ReadEnvFile reads a .env file (KEY=value lines, as godotenv reads them)
// without touching the process environment. A syntax error names the file,
// the line and the variable but never a value: godotenv's own errors quote
// the rest of the line, which may be a token or a password.
func ReadEnvFile(path string) (map[string]string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	m, err := godotenv.UnmarshalBytes(src)
	if err == nil {
		return m, nil
	}
	line, key, what := locateEnvError(src)
	switch {
	case line > 0 && key != "":
		return nil, fmt.Errorf("%s, line %d: %s: %s (the value is not shown)", path, line, key, what)
	case line > 0:
		return nil, fmt.Errorf("%s, line %d: %s (the line is not shown)", path, line, what)
	}
	return nil, fmt.Errorf("%s: %w", path, errSyntax)
}

var errSyntax = errors.New("syntax error: want NAME=value lines (the text is not shown)")

// locateEnvError walks src as godotenv's parser does and returns the
// 1-based line of the first statement it cannot read, the variable's name
// when it was read, and what is wrong; line 0 when no error is found.
func locateEnvError(src []byte) (line int, key, what string) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	lineAt := func(off int) int { return 1 + bytes.Count(src[:off], []byte("\n")) }
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	pos := 0
	for {
		// Skip space and comment lines.
		for pos < len(src) && (isSpace(src[pos]) || src[pos] == '#') {
			if src[pos] == '#' {
				nl := bytes.IndexByte(src[pos:], '\n')
				if nl < 0 {
					return 0, "", ""
				}
				pos += nl
			}
			pos++
		}
		if pos >= len(src) {
			return 0, "", ""
		}
		start := pos
		if bytes.HasPrefix(src[pos:], []byte("export")) && pos+6 < len(src) && isSpace(src[pos+6]) {
			pos += 6
			for pos < len(src) && isSpace(src[pos]) {
				pos++
			}
		}
		nameStart := pos
		for pos < len(src) && src[pos] != '=' && src[pos] != ':' {
			c := src[pos]
			if !isSpace(c) && c != '_' && c != '.' && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
				return lineAt(start), "", "not a NAME=value line (a name may hold only letters, digits, '_' and '.')"
			}
			pos++
		}
		if pos >= len(src) {
			return lineAt(start), "", "a name without '=' and a value"
		}
		key = string(bytes.TrimSpace(src[nameStart:pos]))
		pos++
		for pos < len(src) && isSpace(src[pos]) {
			pos++
		}
		if pos < len(src) && (src[pos] == '"' || src[pos] == '\'') {
			q := src[pos]
			end := -1
			for i := pos + 1; i < len(src); i++ {
				if src[i] == q && src[i-1] != '\\' {
					end = i
					break
				}
			}
			if end < 0 {
				return lineAt(start), key, fmt.Sprintf("the quoted value is never closed (add the closing %c)", q)
			}
			pos = end + 1
			continue
		}
		nl := bytes.IndexByte(src[pos:], '\n')
		if nl < 0 {
			return 0, "", ""
		}
		pos += nl
	}
}
