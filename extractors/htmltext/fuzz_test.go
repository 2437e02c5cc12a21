package htmltext

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes and content types to the HTML path:
// Extract must not panic, must fail only with its sentinel errors, and
// must return clean UTF-8.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "text/html")
		}
	}
	f.Add([]byte(`<html><head><meta charset="windows-1256"><title>a | b</title></head><body><article><p>x</p></article></body></html>`), "")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"articleBody":"<p>a &amp; b</p>","datePublished":"2023-06-08"}]}</script>`), "text/html; charset=utf-8")
	f.Add([]byte("<div><div><div><table><tr><td><b><i><p>deep"), "text/html")
	f.Add([]byte("\xef\xbb\xbfplain\r\ntext\u200f"), "text/plain")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		a, err := Extract(body, ctype, "https://example.com/2023/06/08/x")
		if err != nil {
			if !errors.Is(err, ErrNotText) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrCharset) {
				t.Fatalf("Extract error %v wraps no sentinel", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Text} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
			if Clean(s) != s {
				t.Fatalf("not clean: %q", s)
			}
		}
	})
}
