package llm_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/parley-bot/parley/internal/llm"
)

// TestRedirectToAnotherHostNotFollowed: a 307 from the endpoint would make
// the client re-send the whole prompt (the article) wherever it points,
// such as a link-local metadata address; it must not be followed.
func TestRedirectToAnotherHostNotFollowed(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elsewhere.Add(1)
	}))
	defer other.Close()
	for _, target := range []string{other.URL + "/v1/chat/completions", "http://169.254.169.254/latest/meta-data/"} {
		endpoint := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// 127.0.0.1 and localhost are different hosts to the client.
			http.Redirect(w, r, target, http.StatusTemporaryRedirect)
		}))
		c, err := llm.New(llm.Options{BaseURL: endpoint.URL, Model: "m", Timeout: 3e9, MaxRetries: -1, HTTPClient: &http.Client{}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Brief(context.Background(), briefReq(t)); err == nil {
			t.Errorf("redirect to %s: no error", target)
		}
		endpoint.Close()
	}
	if n := elsewhere.Load(); n != 0 {
		t.Errorf("the prompt was sent to another host %d times", n)
	}
}
