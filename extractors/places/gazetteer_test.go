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

// TestFormalNames checks that the long-form name of every Arab League
// state, and of its main partners, is a name of that country in each
// language it is written in, with the common variants.
func TestFormalNames(t *testing.T) {
	g := places.Default()
	formal := map[string][]string{
		"DZ": {"الجمهورية الجزائرية الديمقراطية الشعبية", "الجمهورية الجزائرية", "People's Democratic Republic of Algeria", "République algérienne démocratique et populaire"},
		"BH": {"مملكة البحرين", "Kingdom of Bahrain", "Royaume de Bahreïn"},
		"KM": {"جمهورية القمر المتحدة", "اتحاد جزر القمر", "Union of the Comoros", "Union des Comores"},
		"DJ": {"جمهورية جيبوتي", "Republic of Djibouti", "République de Djibouti"},
		"EG": {"جمهورية مصر العربية", "جمهورية مصر", "الجمهورية المصرية", "Arab Republic of Egypt", "République arabe d'Égypte"},
		"IQ": {"جمهورية العراق", "الجمهورية العراقية", "Republic of Iraq", "République d'Irak"},
		"JO": {"المملكة الأردنية الهاشمية", "المملكة الأردنية", "Hashemite Kingdom of Jordan", "Royaume hachémite de Jordanie"},
		"KW": {"دولة الكويت", "State of Kuwait", "État du Koweït"},
		"LB": {"الجمهورية اللبنانية", "Lebanese Republic", "République libanaise"},
		"LY": {"دولة ليبيا", "State of Libya", "État de Libye"},
		"MR": {"الجمهورية الإسلامية الموريتانية", "Islamic Republic of Mauritania", "République islamique de Mauritanie"},
		"MA": {"المملكة المغربية", "Kingdom of Morocco", "Royaume du Maroc"},
		"OM": {"سلطنة عمان", "Sultanate of Oman", "Sultanat d'Oman"},
		"PS": {"دولة فلسطين", "State of Palestine", "État de Palestine"},
		"QA": {"دولة قطر", "State of Qatar", "État du Qatar"},
		"SA": {"المملكة العربية السعودية", "Kingdom of Saudi Arabia", "Royaume d'Arabie saoudite"},
		"SO": {"جمهورية الصومال الفيدرالية", "Federal Republic of Somalia", "République fédérale de Somalie"},
		"SD": {"جمهورية السودان", "Republic of the Sudan", "République du Soudan"},
		"SY": {"الجمهورية العربية السورية", "الجمهورية السورية", "Syrian Arab Republic", "République arabe syrienne"},
		"TN": {"الجمهورية التونسية", "Republic of Tunisia", "République tunisienne"},
		"AE": {"دولة الإمارات العربية المتحدة", "United Arab Emirates", "Émirats arabes unis"},
		"YE": {"الجمهورية اليمنية", "Republic of Yemen", "République du Yémen"},
		"IR": {"الجمهورية الإسلامية الإيرانية", "Islamic Republic of Iran", "République islamique d'Iran"},
		"TR": {"الجمهورية التركية", "Republic of Türkiye", "République de Turquie"},
		"ES": {"المملكة الإسبانية", "Kingdom of Spain", "Royaume d'Espagne"},
	}
	for code, names := range formal {
		for _, name := range names {
			got := ""
			for _, p := range g.Lookup(name) {
				if p.Kind == "country" {
					got = p.Country
				}
			}
			if got != code {
				t.Errorf("Lookup(%q) country = %q, want %q", name, got, code)
			}
		}
	}
}
