package score

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"للأمم المتحدة", "الامم المتحده"},
		{"والمغرب", "المغرب"},
		{"Saïd Benaïssa", "said benaissa"},
		{"سليمَ العبيديّ", "سليم العبيدي"},
		{"(UN) — Security_Council", "un security council"},
		{"ﷺ ﬁnance", "صلي الله عليه وسلم finance"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(Tokens(tt.in), " "); got != tt.want {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameOverlap(t *testing.T) {
	tests := []struct {
		a, b      string
		got, want float64
	}{
		{a: "Nadia Ferhat", b: "President Nadia Ferhat", want: 1},
		{a: "نادية فرحات", b: "والرئيسة نادية فرحات", want: 1},
		{a: "Nadia Ferhat", b: "Ferhat Nadia", want: 1},
		{a: "Nadia Ferhat", b: "Nadia Ouali", want: 0.5},
		{a: "Nadia Amel Ferhat", b: "Ferhat", want: 1},
		{a: "Nadia Amel Ferhat", b: "Nadia Ferhat Ouali", want: 2.0 / 3},
		{a: "Nadia", b: "", want: 0},
		{a: "—", b: "Nadia", want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			tt.got = NameOverlap(tt.a, tt.b)
			if tt.got != tt.want {
				t.Errorf("NameOverlap(%q, %q) = %v, want %v", tt.a, tt.b, tt.got, tt.want)
			}
		})
	}
	if got := NamesScore("Nadia Amel Ferhat", "Nadia Ouali Brahimi"); got != 0 {
		t.Errorf("NamesScore under 0.5 = %v, want 0", got)
	}
	if got := NamesScore("Nadia Ferhat", "Nadia Ouali"); got != 0.5 {
		t.Errorf("NamesScore at 0.5 = %v, want 0.5", got)
	}
}

func TestGreedy(t *testing.T) {
	// gold 0 scores 0.5 with pred 0 and 1 with pred 1; gold 1 scores 1
	// with pred 1 and 0.6 with pred 0. Best first: (0,1) by the tie on
	// gold index, then (1,0).
	s := [][]float64{{0.5, 1}, {0.6, 1}}
	got := Greedy(2, 2, func(g, p int) float64 { return s[g][p] })
	if want := [][2]int{{0, 1}, {1, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Greedy = %v, want %v", got, want)
	}
	if got := Greedy(2, 3, func(g, p int) float64 { return 0 }); got != nil {
		t.Errorf("Greedy with no positive score = %v, want nil", got)
	}
}

func TestPlaceScore(t *testing.T) {
	tests := []struct {
		name          string
		city, country string
		p             Place
		got, want     float64
	}{
		{name: "city", city: "Sousse", country: "tn", p: Place{"city", "sousse", "TN"}, want: 1},
		{name: "site counts as city", city: "Port Louis", country: "MU", p: Place{"site", "Port-Louis", "MU"}, want: 1},
		{name: "city other country", city: "Sousse", country: "TN", p: Place{"city", "Sousse", "DZ"}, want: 0},
		{name: "city as country", city: "Sousse", country: "TN", p: Place{"country", "Tunisia", "TN"}, want: 0},
		{name: "country", country: "TN", p: Place{"country", "Tunisia", "tn"}, want: 1},
		{name: "country as city", country: "TN", p: Place{"city", "Tunis", "TN"}, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.got = PlaceScore(tt.city, tt.country, tt.p)
			if tt.got != tt.want {
				t.Errorf("PlaceScore(%q, %q, %+v) = %v, want %v", tt.city, tt.country, tt.p, tt.got, tt.want)
			}
		})
	}
}

func TestFigureScore(t *testing.T) {
	tests := []struct {
		name      string
		g, p      Figure
		got, want float64
	}{
		{name: "count", g: Figure{Value: 1200, Unit: "workers"}, p: Figure{Value: 1200, Kind: "count"}, want: 1},
		{name: "within half a percent", g: Figure{Value: 1000}, p: Figure{Value: 1004.9}, want: 1},
		{name: "too far", g: Figure{Value: 1000}, p: Figure{Value: 1006}, want: 0},
		{name: "zero", g: Figure{Value: 0}, p: Figure{Value: 0.001}, want: 0},
		{name: "percent", g: Figure{Value: 12, Unit: "percent"}, p: Figure{Value: 12, Unit: "%", Kind: "percent"}, want: 1},
		{name: "percent against count", g: Figure{Value: 12}, p: Figure{Value: 12, Unit: "percent"}, want: 0},
		{name: "money", g: Figure{Value: 5e6, Unit: "TND"}, p: Figure{Value: 5e6, Unit: "tnd", Kind: "money"}, want: 1},
		{name: "money other currency", g: Figure{Value: 5e6, Unit: "TND"}, p: Figure{Value: 5e6, Unit: "USD", Kind: "money"}, want: 0},
		{name: "predicted money", g: Figure{Value: 5e6, Unit: "tonnes"}, p: Figure{Value: 5e6, Unit: "USD", Kind: "money"}, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.got = FigureScore(tt.g, tt.p)
			if tt.got != tt.want {
				t.Errorf("FigureScore(%+v, %+v) = %v, want %v", tt.g, tt.p, tt.got, tt.want)
			}
		})
	}
}

func TestOrgScore(t *testing.T) {
	if got := OrgScore("Maghreb Ports Authority", "", "the Maghreb Ports Authority", "MPA"); got != 1 {
		t.Errorf("OrgScore by name = %v, want 1", got)
	}
	if got := OrgScore("MPA", "Maghreb Ports Authority", "", "MPA"); got != 1 {
		t.Errorf("OrgScore by acronym = %v, want 1", got)
	}
	if got := OrgScore("Maghreb Ports Authority"); got != 0 {
		t.Errorf("OrgScore with no form = %v, want 0", got)
	}
}

func TestPRF(t *testing.T) {
	tests := []struct {
		gold, pred, hit int
		got, want       [3]float64
	}{
		{gold: 4, pred: 2, hit: 2, want: [3]float64{1, 0.5, 2.0 / 3}},
		{gold: 0, pred: 0, hit: 0, want: [3]float64{1, 1, 1}},
		{gold: 3, pred: 0, hit: 0, want: [3]float64{0, 0, 0}},
		{gold: 0, pred: 2, hit: 0, want: [3]float64{0, 1, 0}},
	}
	for _, tt := range tests {
		p, r, f := PRF(tt.gold, tt.pred, tt.hit)
		tt.got = [3]float64{p, r, f}
		if tt.got != tt.want {
			t.Errorf("PRF(%d, %d, %d) = %v, want %v", tt.gold, tt.pred, tt.hit, tt.got, tt.want)
		}
	}
	var c Counts
	c.Add(2, 1, 1)
	c.Add(2, 1, 1)
	p, r, f := c.PRF()
	if got, want := [3]float64{p, r, f}, [3]float64{1, 0.5, 2.0 / 3}; got != want {
		t.Errorf("Counts.PRF = %v, want %v", got, want)
	}
}

// FuzzTokens: name normalisation yields word tokens only and is
// idempotent, so matching a normalised name again changes nothing.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"للأمم المتحدة", "Saïd Benaïssa", "سليمَ العبيديّ", "(UN) — Security_Council", "ﷺ ﬁnance", "İstanbul", "والـــرياض"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		toks := Tokens(s)
		for _, tok := range toks {
			if tok == "" || strings.IndexFunc(tok, func(r rune) bool { return !IsWordRune(r) }) >= 0 {
				t.Fatalf("Tokens(%q) has token %q", s, tok)
			}
		}
		if again := Tokens(strings.Join(toks, " ")); !reflect.DeepEqual(again, toks) && len(toks) > 0 {
			t.Fatalf("Tokens not idempotent on %q: %q then %q", s, toks, again)
		}
	})
}
