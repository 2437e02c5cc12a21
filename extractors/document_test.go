package extractors_test

import (
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

func TestSpanCountsCodePoints(t *testing.T) {
	text := "انطلق اليوم الخميس 8 يونيو 2023 في الرياض"
	doc := extractors.NewDocument(text, "ar", time.Time{})
	for _, word := range []string{"الخميس", "8 يونيو 2023", "الرياض"} {
		b := indexOf(text, word)
		s := doc.Span(b, b+len(word), 1)
		if got := string([]rune(text)[s.Start:s.End]); got != word {
			t.Errorf("Span(%q) = runes[%d:%d] = %q", word, s.Start, s.End, got)
		}
		if s.Text != word {
			t.Errorf("Span(%q).Text = %q", word, s.Text)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أيمنَ الصفديّ", "ايمن الصفدي"},
		{"مدرسةٌ", "مدرسه"},
		{"Élysée", "elysee"},
		{"٢٠٢٣ و۱۴", "2023 و14"},
		{"الـــرياض", "الرياض"},
	}
	for _, tt := range tests {
		if got := extractors.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
