package pipeline

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/nats-io/nats.go"
)

func TestDecodePoison(t *testing.T) {
	latin1 := []byte("L'\xe9t\xe9 \xe0 Rabat")
	tests := []struct {
		name string
		data string
		h    nats.Header
		max  int
		want Reason
	}{
		{"invalid json", `{"text": "a`, nil, 0, ReasonInvalidJSON},
		{"json array", `["text"]`, nil, 0, ReasonInvalidJSON},
		{"trailing data", `{"text": "a"} {}`, nil, 0, ReasonInvalidJSON},
		{"wrong type", `{"text": 5}`, nil, 0, ReasonWrongType},
		{"wrong type id", `{"id": {"a": 1}, "text": "x"}`, nil, 0, ReasonWrongType},
		{"no body", `{"id": "a", "url": "https://example.org/a"}`, nil, 0, ReasonNoBody},
		{"blank body", `{"text": "  ", "html": ""}`, nil, 0, ReasonNoBody},
		{"json not utf-8", "{\"text\": \"" + string(latin1) + "\"}", nil, 0, ReasonNotText},
		{"text not utf-8", string(latin1), hdr("text/plain"), 0, ReasonNotText},
		{"text declared utf-8", string(latin1), hdr("text/plain; charset=utf-8"), 0, ReasonNotText},
		{"unknown charset", "abc", hdr("text/plain; charset=x-unknown-42"), 0, ReasonCharset},
		{"empty html", " \n", hdr("text/html"), 0, ReasonNoBody},
		{"too large", strings.Repeat("a", 101), hdr("text/plain"), 100, ReasonTooLarge},
		{"long id", `{"id": "` + strings.Repeat("x", 513) + `", "text": "a"}`, nil, 0, ReasonInvalidField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.data), tt.h, tt.max)
			if got := ReasonOf(err); got != tt.want {
				t.Errorf("Decode reason = %q (%v), want %q", got, err, tt.want)
			}
			if !errors.Is(err, ErrPoison) {
				t.Errorf("Decode error %v does not match ErrPoison", err)
			}
		})
	}
}

func hdr(ct string, kv ...string) nats.Header {
	h := nats.Header{}
	h.Set(HeaderContentType, ct)
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

func TestDecodeForms(t *testing.T) {
	t.Run("envelope without id takes the url's", func(t *testing.T) {
		m, err := Decode([]byte(`{"url": "https://example.org/a", "text": "Rabat"}`), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := m.ID, ArticleID("https://example.org/a", nil); got != want {
			t.Errorf("id = %q, want %q", got, want)
		}
	})
	t.Run("envelope without url takes the body's", func(t *testing.T) {
		m, err := Decode([]byte(`{"text": "Rabat"}`), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := m.ID, ArticleID("", []byte("Rabat")); got != want {
			t.Errorf("id = %q, want %q", got, want)
		}
	})
	t.Run("bare text with headers", func(t *testing.T) {
		h := hdr("text/plain; charset=iso-8859-1", "article-id", "x1", HeaderArticleSource, "example.org",
			HeaderArticleLang, "fr", HeaderArticlePublished, "2024-05-02")
		m, err := Decode([]byte("L'\xe9t\xe9"), h, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := [5]string{m.ID, m.Source, m.Lang, m.PublishedAt, m.Text}
		want := [5]string{"x1", "example.org", "fr", "2024-05-02", "L'été"}
		if got != want {
			t.Errorf("decoded %q, want %q", got, want)
		}
	})
	t.Run("bare html keeps its bytes", func(t *testing.T) {
		body := "<html><body><p>Rabat</p></body></html>"
		m, err := Decode([]byte(body), hdr("text/html"), 0)
		if err != nil {
			t.Fatal(err)
		}
		if string(m.Body) != body || m.ID != ArticleID("", []byte(body)) {
			t.Errorf("decoded body %q id %q", m.Body, m.ID)
		}
	})
	t.Run("sniffed without content type", func(t *testing.T) {
		h := nats.Header{}
		h.Set(HeaderArticleSource, "example.org")
		m, err := Decode([]byte("Rabat, Maroc"), h, 0)
		if err != nil || m.Text != "Rabat, Maroc" {
			t.Errorf("Decode = %+v, %v", m, err)
		}
	})
}

func TestRecordJSONShape(t *testing.T) {
	data, err := json.Marshal(Record{Schema: Schema, ID: "a", Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"published_at", "event_date", "location"} {
		if v, ok := m[k]; !ok || v != nil {
			t.Errorf("%s = %v (present %v), want null", k, v, ok)
		}
	}
	for _, k := range []string{"dates", "locations", "figures"} {
		if v, ok := m[k].([]any); !ok || len(v) != 0 {
			t.Errorf("%s = %#v, want []", k, m[k])
		}
	}
	att := m["attendees"].(map[string]any)
	for _, k := range []string{"countries", "people", "organizations"} {
		if v, ok := att[k].([]any); !ok || len(v) != 0 {
			t.Errorf("attendees.%s = %#v, want []", k, att[k])
		}
	}
	if w, ok := m["processing"].(map[string]any)["warnings"].([]any); !ok || len(w) != 0 {
		t.Errorf("processing.warnings = %#v, want []", m["processing"])
	}
}

func TestLooseID(t *testing.T) {
	tests := []struct {
		name, data string
		h          nats.Header
		want       string
	}{
		{"header", `{`, hdr("text/plain", HeaderArticleID, "h1"), "h1"},
		{"wrong type elsewhere", `{"id": "e1", "text": 5}`, nil, "e1"},
		{"invalid json", `{"id": "e1"`, nil, ""},
		{"id not a string", `{"id": 7}`, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LooseID([]byte(tt.data), tt.h); got != tt.want {
				t.Errorf("LooseID = %q, want %q", got, tt.want)
			}
		})
	}
}
