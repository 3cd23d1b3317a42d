package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadEnvFileErrorsHideValues(t *testing.T) {
	const secret = "abc.SECRET-token"
	tests := []struct {
		name     string
		file     string
		wantLine string
		wantName string
	}{
		{"unterminated double quote", "LOG_LEVEL=info\n# the token\nDISCORD_TOKEN=\"" + secret + "\nOPENAI_MODEL=x\n", "line 3", "DISCORD_TOKEN"},
		{"unterminated single quote", "export OPENAI_API_KEY='" + secret + "\n", "line 1", "OPENAI_API_KEY"},
		{"a token pasted without a name", "LOG_LEVEL=info\n\n" + secret + "\n", "line 3", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".env")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ReadEnvFile(path)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if strings.Contains(msg, "SECRET") || strings.Contains(msg, "abc") {
				t.Errorf("the error shows the value: %s", msg)
			}
			for _, want := range []string{path, tt.wantLine, tt.wantName} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
		})
	}
	path := filepath.Join(t.TempDir(), ".env")
	os.WriteFile(path, []byte("# comment\nexport A=1\nB = \"two\nlines\"\nC='x' # note\n"), 0o600)
	m, err := ReadEnvFile(path)
	if err != nil || m["A"] != "1" || m["B"] != "two\nlines" || m["C"] != "x" {
		t.Errorf("ReadEnvFile = %q, %v", m, err)
	}
}

func TestURLCredentialsRedacted(t *testing.T) {
	vars := map[string]string{
		"DISCORD_API_URL": "https://bob:hunter2@proxy.example/api/v10/",
		"OPENAI_BASE_URL": "https://alice:s3cret@llm.example/v1",
		"DATABASE_URL":    "postgres://carol:pw0rd@db.example/parley",
	}
	c, err := Load(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	s := c.String()
	for _, secret := range []string{"hunter2", "s3cret", "pw0rd", "bob", "alice", "carol"} {
		if strings.Contains(s, secret) {
			t.Errorf("String() shows %q: %s", secret, s)
		}
	}
	for _, want := range []string{"proxy.example", "llm.example"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q: %s", want, s)
		}
	}
	for _, bad := range []string{"ftp://bob:hunter2@proxy.example/", "bob:hunter2@proxy.example"} {
		_, err := Load(func(k string) string { return map[string]string{"DISCORD_API_URL": bad}[k] })
		if err == nil || strings.Contains(err.Error(), "hunter2") || !strings.Contains(err.Error(), "DISCORD_API_URL") {
			t.Errorf("DISCORD_API_URL=%s: %v", bad, err)
		}
	}
}

func TestDurationMaximums(t *testing.T) {
	tests := []struct {
		name, value string
		wantErr     string
	}{
		{"LLM_TIMEOUT", "18446744075", "LLM_TIMEOUT=18446744075 is too long"},
		{"LLM_TIMEOUT", "99999999999999999999999", "LLM_TIMEOUT=99999999999999999999999 is too long"},
		{"FETCH_TIMEOUT", "2h", "FETCH_TIMEOUT=2h0m0s is too long"},
		{"PARLEY_CACHE_TTL", "1000000h", "PARLEY_CACHE_TTL=1000000h0m0s is too long"},
		{"BOT_USER_COOLDOWN", "86401", "BOT_USER_COOLDOWN=86401 is too long"},
		{"LLM_TIMEOUT", "90", ""},
		{"PARLEY_CACHE_TTL", "8760h", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name+"="+tt.value, func(t *testing.T) {
			_, err := Load(func(k string) string { return map[string]string{tt.name: tt.value}[k] })
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		value   string
		want    int64
		wantErr bool
	}{
		{"", DefaultMemoryLimit, false},
		{"off", 0, false},
		{"512MiB", 512 << 20, false},
		{"2GiB", 2 << 30, false},
		{"800MB", 800e6, false},
		{"1073741824", 1 << 30, false},
		{"10MiB", 0, true},
		{"lots", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			c, err := Load(func(k string) string { return map[string]string{"PARLEY_MEMORY_LIMIT": tt.value}[k] })
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if err == nil && c.MemoryLimit != tt.want {
				t.Errorf("MemoryLimit = %d, want %d", c.MemoryLimit, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), "PARLEY_MEMORY_LIMIT") {
				t.Errorf("error %v does not name the variable", err)
			}
		})
	}
}
