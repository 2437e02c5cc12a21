package places

import (
	"testing"
	"unicode/utf8"
)

func TestTransliterate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"اليمامة", "Al Yamamah"},
		{"بسمان", "Basman"},
		{"بيان", "Bayan"},
		{"السلام", "Al Salam"},
		{"العلم", "Al Alam"},
		{"الوطن", "Al Watan"},
		{"عرعر", "Arar"},
		{"جديدة", "Jadidah"},
		{"الصخير", "Al Sakhir"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := transliterate(tt.in)
			if got != tt.want {
				t.Errorf("transliterate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzTransliterate checks that any word gives valid UTF-8 with no Arabic
// letter left.
func FuzzTransliterate(f *testing.F) {
	for _, w := range []string{"اليمامة", "عرعر", "الشاطئ", "وو", "ي", "ال", "قصرٌ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := transliterate(w)
		if !utf8.ValidString(got) {
			t.Fatalf("transliterate(%q) = %q: invalid UTF-8", w, got)
		}
		for _, r := range got {
			if _, ok := translit[r]; ok || r == 'و' || r == 'ي' {
				t.Fatalf("transliterate(%q) = %q keeps an Arabic letter", w, got)
			}
		}
	})
}
