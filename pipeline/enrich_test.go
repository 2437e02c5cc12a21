package pipeline

import (
	"testing"
)

func TestEnrichTextAndHTML(t *testing.T) {
	page := `<html><head><title>Rabat accord</title></head><body><article><p>Page text, not used.</p></article></body></html>`
	tests := []struct {
		name      string
		msg       RawMessage
		wantText  string
		wantTitle string
	}{
		{"text wins, page gives the title", RawMessage{ID: "a", HTML: page, Text: "Crawler text."}, "Crawler text.", "Rabat accord"},
		{"text with title and date skips the page", RawMessage{ID: "b", HTML: page, Text: "Crawler text.", Title: "T", PublishedAt: "2024-05-13"}, "Crawler text.", "T"},
		{"text only", RawMessage{ID: "c", Text: "Only\u00a0text."}, "Only text.", ""},
	}
	e := testEnricher()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := e.Enrich(&tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			if rec.Text != tt.wantText || rec.Title != tt.wantTitle {
				t.Errorf("text %q title %q, want %q and %q", rec.Text, rec.Title, tt.wantText, tt.wantTitle)
			}
		})
	}
}

func TestEnrichReferenceTime(t *testing.T) {
	e := testEnricher()
	rec, err := e.Enrich(&RawMessage{ID: "r", Lang: "xx-bad", PublishedAt: "yesterday", Text: "Rabat."})
	if err != nil {
		t.Fatal(err)
	}
	if rec.PublishedAt != nil {
		t.Errorf("published_at = %q, want null for an unparseable hint", *rec.PublishedAt)
	}
	if len(rec.Processing.Warnings) != 2 {
		t.Errorf("warnings %q, want the lang and published_at hints reported", rec.Processing.Warnings)
	}
	if rec.Processing.ExtractedAt != "2026-01-01T00:00:00Z" || rec.Processing.Version != "test" {
		t.Errorf("processing %+v, want the injected clock and version", rec.Processing)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-05-13", "2024-05-13T00:00:00Z", true},
		{"2024-05-13T09:30:00+01:00", "2024-05-13T09:30:00+01:00", true},
		{"2024-05-13 09:30:00", "2024-05-13T09:30:00Z", true},
		{"13/05/2024", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseTime(tt.in)
		if ok != tt.ok || (ok && got.Format("2006-01-02T15:04:05Z07:00") != tt.want) {
			t.Errorf("ParseTime(%q) = %v, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
