package htmltext

import (
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Talks resume.", "Talks resume."},
		{"zero-width", "Tal\u200bks\u200c re\u200dsume\ufeff.", "Talks resume."},
		{"bidi marks and embeddings", "\u200fقال\u200e \u202bالوزير\u202c \u2067إن\u2069 \u061cالمحادثات", "قال الوزير إن المحادثات"},
		{"nbsp and narrow nbsp", "10\u00a0000\u202fdollars", "10 000 dollars"},
		{"runs of spaces and tabs", "a  \t b", "a b"},
		{"crlf and cr", "one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"blank-line runs collapse to one", "one\n\n\n\n two \n \n\nthree", "one\n\ntwo\n\nthree"},
		{"trailing and leading blank lines", "\n\n  one  \n\n", "one"},
		{"line and paragraph separators", "one\u2028two\u2029three", "one\ntwo\nthree"},
		{"arabic diacritics and tatweel kept", "قـــالَ الرئيسُ", "قـــالَ الرئيسُ"},
		{"soft hyphen removed", "extra\u00adordinary", "extraordinary"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	f.Add("\u200fقال\u200e الوزير\r\n\r\n\u00a0x")
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("Clean not idempotent: %q -> %q -> %q", s, got, again)
		}
		for _, r := range got {
			if isInvisible(r) || r == '\r' || r == 0xa0 {
				t.Fatalf("Clean(%q) kept %U", s, r)
			}
		}
	})
}
