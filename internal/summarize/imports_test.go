package summarize

import (
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPureImports keeps the engine and the analysis layer pure: no network,
// no Discord, no LLM client, no database, and (outside the analysis layer's
// training code) no files.
func TestPureImports(t *testing.T) {
	forbidden := []string{"net", "net/http", "database/sql", "github.com/bwmarrin/discordgo",
		"github.com/sashabaranov/go-openai", "modernc.org/sqlite", "github.com/jackc/pgx/v5", "os", "os/exec"}
	for _, dir := range []string{".", "../nlp"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			// The analysis layer's training reads the corpora from disk;
			// nothing that runs in a brief does.
			training := filepath.Base(f) == "train.go" || strings.HasSuffix(f, "_train.go")
			pf, err := parser.ParseFile(gotoken.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range pf.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				for _, bad := range forbidden {
					if path == bad && !(training && (bad == "os")) {
						t.Errorf("%s imports %s", f, path)
					}
				}
			}
		}
	}
}
