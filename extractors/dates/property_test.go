package dates

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/devset"
)

// checkSpans asserts what every Result must hold: each span is the runes
// text[Start:End], dates are well formed, a range ends after it starts, and
// the event date is one of the dates, each date value is listed once, and
// the event's own span is the runes of its text too.
func checkSpans(t *testing.T, doc *extractors.Document, res Result) {
	t.Helper()
	runes := []rune(doc.Text)
	all := res.Dates
	if res.Event != nil {
		all = append(all[:len(all):len(all)], *res.Event)
	}
	for k, d := range all {
		if k < len(res.Dates) {
			for _, o := range res.Dates[:k] {
				if o.Date == d.Date && o.EndDate == d.EndDate {
					t.Errorf("%s listed twice (%q and %q)", d.Date, o.Text, d.Text)
				}
			}
		}
		if d.Start < 0 || d.End < d.Start || d.End > len(runes) {
			t.Errorf("span [%d,%d) out of the text (%d runes)", d.Start, d.End, len(runes))
			continue
		}
		if got := string(runes[d.Start:d.End]); got != d.Text {
			t.Errorf("span [%d,%d) is %q, Text is %q", d.Start, d.End, got, d.Text)
		}
		if d.Text == "" {
			t.Errorf("empty span for %s", d.Date)
		}
		if !wellFormed(d.Date) {
			t.Errorf("date %q of %q is not YYYY, YYYY-MM or YYYY-MM-DD", d.Date, d.Text)
		}
		if d.EndDate != "" && (d.Kind != "range" || d.EndDate <= d.Date) {
			t.Errorf("range %s..%s (%s) of %q", d.Date, d.EndDate, d.Kind, d.Text)
		}
		if d.Confidence <= 0 || d.Confidence > 1 {
			t.Errorf("confidence %v of %q", d.Confidence, d.Text)
		}
		switch d.Kind {
		case "absolute", "relative", "partial", "hijri", "range":
		default:
			t.Errorf("kind %q of %q", d.Kind, d.Text)
		}
	}
	if res.Event != nil {
		found := false
		for _, d := range res.Dates {
			found = found || d.Date == res.Event.Date && d.EndDate == res.Event.EndDate
		}
		if !found {
			t.Errorf("event %+v is not among the dates", *res.Event)
		}
	}
	if res.Published != "" && (len(res.Published) != 10 || !wellFormed(res.Published)) {
		t.Errorf("published %q", res.Published)
	}
}

func wellFormed(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == 4 || i == 7:
			if c != '-' {
				return false
			}
		case c < '0' || c > '9':
			return false
		}
	}
	return len(s) == 4 || len(s) == 7 || len(s) == 10
}

// TestSpansAreRunes checks every span of every text the tests know: the
// table, the golden articles, the seed and the dev set when present, with
// the publication day known and unknown.
func TestSpansAreRunes(t *testing.T) {
	type text struct{ s, lang string }
	var texts []text
	for _, tc := range tableCases {
		texts = append(texts, text{tc.text, tc.lang})
	}
	files, _ := filepath.Glob("testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text{string(b), filepath.Base(f)[:2]})
	}
	if b, err := os.ReadFile(seedPath); err == nil {
		texts = append(texts, text{string(b), "ar"})
	}
	if devset.Available() {
		for _, a := range devset.Load(t) {
			texts = append(texts, text{a.Text, a.Lang})
		}
	}
	ex := New()
	pub := time.Date(2023, 6, 8, 9, 30, 0, 0, time.UTC)
	for _, tx := range texts {
		for _, p := range []time.Time{pub, {}} {
			doc := extractors.NewDocument(tx.s, tx.lang, p)
			checkSpans(t, doc, ex.Extract(doc))
		}
	}
}
