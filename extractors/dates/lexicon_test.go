package dates

import (
	"strings"
	"testing"
)

func TestParseLexicon(t *testing.T) {
	tests := []struct {
		name, data string
		wantErr    string // "" = no error
	}{
		{"ok", "month 6 | يونيو juin\nwday 4 cap | Thursday\n", ""},
		{"no bar", "month 6 يونيو\n", "no '|'"},
		{"no value", "month | يونيو\n", "want class and value"},
		{"unknown class", "season 1 | ربيع\n", "unknown class"},
		{"bad value", "month six | يونيو\n", "value"},
		{"unknown flag", "month 6 loud | يونيو\n", "unknown flag"},
		{"two values", "month 6 | يونيو\nmonth 7 | يونيو\n", "two values"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon(tt.data)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && !strings.Contains(got, tt.wantErr) {
				t.Errorf("parseLexicon(%q) error = %q, want %q", tt.data, got, tt.wantErr)
			}
		})
	}
	// The embedded lexicon folds its forms: a diacritic or a hamza variant
	// in the text finds the entry.
	for _, form := range []string{"أيّار", "ايار", "الإثنين", "الاثنين", "Février", "fevrier"} {
		w := []byte(foldString(form))
		if _, ok := lex.lookup(w); !ok {
			t.Errorf("lookup(%q) found nothing", form)
		}
	}
}

func foldString(s string) string {
	var b []byte
	for _, r := range s {
		if f := fold(r); f >= 0 {
			b = append(b, string(f)...)
		}
	}
	return string(b)
}
