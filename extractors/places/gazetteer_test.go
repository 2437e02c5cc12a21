package places_test

import (
	"testing"

	"github.com/newsworker/newsworker/extractors/places"
)

func TestGazetteerSize(t *testing.T) {
	st := places.Default().Stats()
	t.Logf("countries %d, regions %d, cities %d, sites %d, names %v", st.Countries, st.Regions, st.Cities, st.Sites, st.Names)
	if st.Countries < 240 || st.Cities < 5000 || st.Regions < 300 {
		t.Errorf("gazetteer too small: %+v", st)
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		if st.Names[lang] < 1000 {
			t.Errorf("names[%s] = %d, want ≥ 1000", lang, st.Names[lang])
		}
	}
}

func TestCountryName(t *testing.T) {
	g := places.Default()
	tests := []struct{ code, want string }{
		{"MA", "Morocco"}, {"dz", "Algeria"}, {"SA", "Saudi Arabia"}, {"US", "United States"},
		{"PS", "Palestinian Territories"}, {"EH", "Western Sahara"}, {"ZZ", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := g.CountryName(tt.code); got != tt.want {
			t.Errorf("CountryName(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestCapital(t *testing.T) {
	g := places.Default()
	tests := []struct{ code, want string }{
		{"MA", "Rabat"}, {"DZ", "Algiers"}, {"SA", "Riyadh"}, {"JO", "Amman"}, {"TN", "Tunis"},
		{"EG", "Cairo"}, {"IQ", "Baghdad"}, {"FR", "Paris"}, {"US", "Washington"}, {"KW", "Kuwait City"},
	}
	for _, tt := range tests {
		got, ok := g.Capital(tt.code)
		if !ok || got.Name != tt.want {
			t.Errorf("Capital(%q) = %q, %v, want %q", tt.code, got.Name, ok, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := places.Default()
	tests := []struct{ name, want string }{
		{"طرابلس", "Tripoli/LY"}, // the larger Tripoli first
		{"Alexandria", "Alexandria/EG"},
		{"الرباط", "Rabat/MA"},
		{"Genève", "Geneva/CH"},
		{"المغرب", "Morocco/MA"},
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) == 0 {
			t.Errorf("Lookup(%q) = nothing, want %s", tt.name, tt.want)
			continue
		}
		if got := ps[0].Name + "/" + ps[0].Country; got != tt.want {
			t.Errorf("Lookup(%q)[0] = %s, want %s", tt.name, got, tt.want)
		}
	}
}
