package norm

import (
	"fmt"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d ivoire"},
		{"الـــرياض", "الرياض"},
		{"أَرْبيل", "اربيل"},
		{"الجزائر العاصمة", "الجزاير العاصمه"},
		{"U.S.", "u s"},
		{"Guinea-Bissau", "guinea bissau"},
		{"٢٠٢٣ Rabat", "2023 rabat"},
		{"", ""},
		{" ، . ", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // folded token, its original text, and "|" before a token after a break
	}{
		{"في الجزائر، تونس", "في/في الجزاير/الجزائر |تونس/تونس"},
		{"Abu Dhabi-based", "abu/Abu dhabi/Dhabi based/based"},
		{"(Rabat) U.S. Mr. Smith", "rabat/Rabat |u/U s/S mr/Mr |smith/Smith"},
		{"بالرباط\nوالمغرب", "بالرباط/بالرباط |والمغرب/والمغرب"},
	}
	for _, tt := range tests {
		toks, buf := Tokens(tt.in, nil, nil)
		got := ""
		for i, tk := range toks {
			if i > 0 {
				got += " "
			}
			if tk.Break && i > 0 {
				got += "|"
			}
			got += fmt.Sprintf("%s/%s", buf[tk.FStart:tk.FEnd], tt.in[tk.Start:tk.End])
		}
		if got != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
