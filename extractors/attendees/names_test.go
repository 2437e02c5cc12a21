package attendees_test

import (
	"slices"
	"testing"
)

// TestGivenNamesWithArticle: Maghrebi given names carry the article
// ("الطاهر", "الحبيب"); after a feminine noun they cannot be its adjective,
// so they start the name instead of continuing the role or the body.
func TestGivenNamesWithArticle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after the republic", "استقبل رئيس الجمهورية الطاهر بن سعيد وفدا من رجال الأعمال.",
			[]string{"الطاهر بن سعيد | رئيس الجمهورية"}},
		{"after the government", "وقال رئيس الحكومة الحبيب المنصوري إن الإصلاحات ماضية.",
			[]string{"الحبيب المنصوري | رئيس الحكومة"}},
		{"after a demonym", "وقال رئيس الحكومة التونسية الحبيب المنصوري إن الإصلاحات ماضية.",
			[]string{"الحبيب المنصوري | رئيس الحكومة التونسية"}},
		{"an adjective that agrees stays in the role", "وقال رئيس البرلمان العربي عادل الصالح إن الدورة ناجحة.",
			[]string{"عادل الصالح | رئيس البرلمان العربي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantPeople(t, "ar", tt.text, tt.want) })
	}
}

// TestQualifiedOffices: an English office takes the capitalised words and
// modifier titles before it ("WFP Country Director").
func TestQualifiedOffices(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"UNICEF Regional Director Adele Khodr visited the camp with WFP Country Director Anna Lisa Rossi.",
			[]string{"Adele Khodr | UNICEF Regional Director", "Anna Lisa Rossi | WFP Country Director"}},
		{"The grant was signed by World Bank Country Director Faris Hadad-Zervos.",
			[]string{"Faris Hadad-Zervos | World Bank Country Director"}},
	}
	for _, tt := range tests {
		wantPeople(t, "en", tt.text, tt.want)
	}
}

// TestArabicRolePhrases: objects of على after a supervising office, and a
// military grade between an office and the name.
func TestArabicRolePhrases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"وأوضح المشرف العام على المركز الدكتور سامي الفالح أن البرامج مستمرة.",
			[]string{"سامي الفالح | المشرف العام على المركز"}},
		{"وحضر الحفل نائب رئيس أركان الجيش للتجهيز العميد الركن سامي الخوري.",
			[]string{"سامي الخوري | نائب رئيس أركان الجيش للتجهيز"}},
		{"وقال العميد سامي الخوري إن الجيش جاهز.", []string{"سامي الخوري | العميد"}},
		{"وأكد وزير الخارجية على أهمية التعاون.", []string{}},
	}
	for _, tt := range tests {
		wantPeople(t, "ar", tt.text, tt.want)
	}
}

// TestBackgroundPeople: a thing named like a person after an article, and
// a person joined by و to a background one.
func TestBackgroundPeople(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Guests usually wait in the Blue Room, where the president meets them.", []string{}},
		{"en", "Speaking after the talks, Hakainde Hichilema, the president of Zambia, said the deal was fair.",
			[]string{"Hakainde Hichilema | president of Zambia"}},
		{"ar", "وجاء البرنامج تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سعد بن عبدالرحمن بن فيصل آل مرزوق وصاحب السمو الملكي الأمير خالد بن سعد ولي العهد.", []string{}},
		{"ar", "استقبل الملك سلمان وولي العهد الأمير خالد بن فهد الوفد.", []string{"سلمان | الملك", "خالد بن فهد | ولي العهد"}},
	}
	for _, tt := range tests {
		wantPeople(t, tt.lang, tt.text, tt.want)
	}
}

// TestFrenchOfficeAcronym: a bracketed short name after an office, and a
// comma then "et" that opens the next person's office.
func TestFrenchOfficeAcronym(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"L’accord a été signé par le ministre des Mines et du Développement technologique (Minmidt), Paul Etoundi Mballa, et l’ambassadeur du Japon, Kenji Sato.",
			[]string{"Paul Etoundi Mballa | ministre des Mines et du Développement technologique", "Kenji Sato | ambassadeur du Japon"}},
		{"Le ministre des Transports (MINT), Paul Etoundi Mballa, a inauguré la route.",
			[]string{"Paul Etoundi Mballa | ministre des Transports (MINT)"}},
	}
	for _, tt := range tests {
		wantPeople(t, "fr", tt.text, tt.want)
	}
}

// TestMaghrebiNames: a family name in "بال", a foreign given name written
// with madda ("آن", not the conjunction), and the country an envoy is
// posted in, which takes part with her.
func TestMaghrebiNames(t *testing.T) {
	text := "ووقع الاتفاقية المدير العام لديوان المياه السيد سامي بالحاج، وسفيرة كندا بتونس آن ماري، في مقر الوزارة."
	r := extract(text, "ar")
	if got, want := people(r), []string{"سامي بالحاج | المدير العام لديوان المياه", "آن ماري | سفيرة كندا بتونس"}; !slices.Equal(got, want) {
		t.Errorf("people:\n got %q\nwant %q", got, want)
	}
	got := countries(r)
	slices.Sort(got)
	if want := []string{"CA", "TN"}; !slices.Equal(got, want) {
		t.Errorf("countries: got %q, want %q", got, want)
	}
	// "في آن واحد" is no name
	if got := people(extract("وأكد الوزير سامي الحداد أن البرنامج يخدم الهدفين في آن واحد.", "ar")); !slices.Equal(got, []string{"سامي الحداد | الوزير"}) {
		t.Errorf("people: got %q", got)
	}
}

// wantPeople checks the people extracted from text, as "name | role".
func wantPeople(t *testing.T, lang, text string, want []string) {
	t.Helper()
	if got := people(extract(text, lang)); !slices.Equal(got, want) {
		t.Errorf("people(%q)\n got %q\nwant %q", text, got, want)
	}
}
