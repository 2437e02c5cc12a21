package figures

import (
	"strings"
	"testing"
)

func TestLexiconParses(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.words[0]); n < 300 {
		t.Errorf("Arabic lexicon has %d words, want at least 300", n)
	}
	if New().Err() != nil {
		t.Errorf("Err() = %v", New().Err())
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"few fields", "num\tar", "want at least 3 fields"},
		{"bad language", "num\txx\tone\t1\tu", "unknown language"},
		{"bad value", "num\ten\tone\tx\tu", "number value"},
		{"bad flag", "num\ten\tone\t1\tzz", "unknown number flag"},
		{"no class", "num\ten\tone\t1\twk", "without class"},
		{"bad kind", "what\ten\tone", "unknown kind"},
		{"bad unit flag", "unit\ten\tdogs\tdogs\tzz", "unknown unit flag"},
		{"bad scale", "cur\ten\tmdh\tMAD\tx", "currency scale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon(tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseLexicon(%q) error = %v, want it to mention %q", tt.src, err, tt.want)
			}
		})
	}
}
