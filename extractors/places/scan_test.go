package places_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
)

// scanCase is a sentence and the mentions Scan must find in it, each
// written "text=kind:country:name"; "text=-" means the text must not be a
// mention at all.
type scanCase struct {
	lang, text string
	want       []string
}

var scanCases = []scanCase{
	// capitals described, not named
	{"ar", "انطلق الاجتماع اليوم في العاصمة السعودية الرياض بمشاركة 85 دولة.", []string{"الرياض=capital:SA:Riyadh", "العاصمة السعودية=-"}},
	{"ar", "وصل الوزير إلى العاصمة المغربية مساء أمس.", []string{"العاصمة المغربية=capital:MA:Rabat"}},
	{"ar", "في زيارة للعاصمة الجزائرية تدوم يومين.", []string{"للعاصمة الجزائرية=capital:DZ:Algiers"}},
	{"ar", "عقد اللقاء في عاصمة المغرب.", []string{"عاصمة المغرب=capital:MA:Rabat"}},
	{"en", "The talks opened in the Saudi capital on Monday.", []string{"Saudi capital=capital:SA:Riyadh"}},
	{"en", "Ministers met in the Saudi capital, Riyadh, on Monday.", []string{"Riyadh=capital:SA:Riyadh"}},
	{"en", "He arrived in Morocco's capital late on Sunday.", []string{"Morocco's capital=capital:MA:Rabat"}},
	{"en", "The summit took place in the capital of Egypt.", []string{"capital of Egypt=capital:EG:Cairo"}},
	{"fr", "La réunion s'est tenue dans la capitale marocaine.", []string{"capitale marocaine=capital:MA:Rabat"}},
	{"fr", "Il s'est rendu dans la capitale de l'Algérie jeudi.", []string{"capitale de l'Algérie=capital:DZ:Algiers"}},
	// a country and its capital sharing a name
	{"ar", "استقبل وزير الخارجية بالجزائر العاصمة نظيره الإيطالي.", []string{"الجزائر العاصمة=capital:DZ:Algiers", "الإيطالي=demonym:IT:Italy"}},
	{"ar", "وقعت الجزائر وإيطاليا اتفاقا للطاقة.", []string{"الجزائر=country:DZ:Algeria", "إيطاليا=country:IT:Italy"}},
	{"ar", "أعلنت تونس عن خطة جديدة لدعم الصادرات.", []string{"تونس=country:TN:Tunisia"}},
	{"ar", "افتتح المعرض في مدينة تونس يوم الأحد.", []string{"تونس=capital:TN:Tunis"}},
	{"ar", "قالت الكويت إنها ستساهم في الصندوق.", []string{"الكويت=country:KW:Kuwait"}},
	{"fr", "Le ministre tunisien a reçu son homologue à Tunis.", []string{"tunisien=demonym:TN:Tunisia", "Tunis=capital:TN:Tunis"}},
	{"fr", "La Tunisie a signé un accord avec l'Union européenne.", []string{"Tunisie=country:TN:Tunisia"}},
	{"en", "Algiers hosted the meeting of Algeria's partners.", []string{"Algiers=capital:DZ:Algiers", "Algeria=country:DZ:Algeria"}},
	// Amman or Oman
	{"ar", "وصل الوفد إلى سلطنة عمان في زيارة رسمية.", []string{"سلطنة عمان=country:OM:Oman"}},
	{"ar", "عقد الاجتماع في العاصمة الأردنية عمان بحضور وزراء الخارجية.", []string{"عمان=capital:JO:Amman"}},
	{"ar", "استقبل العاهل الأردني في عمان رئيس الوزراء.", []string{"الأردني=demonym:JO:Jordan", "عمان=capital:JO:Amman"}},
	{"ar", "وقعت عمان والإمارات مذكرة تفاهم في مسقط.", []string{"عمان=country:OM:Oman", "مسقط=capital:OM:Muscat"}},
	// Jordan, Nice: personal names and common words
	{"en", "King Abdullah received the minister in Amman, Jordan.", []string{"Amman=capital:JO:Amman", "Jordan=country:JO:Jordan"}},
	{"en", "Michael Jordan opened a store in Chicago.", []string{"Jordan=-", "Chicago=city:US:Chicago"}},
	{"en", "The Jordan Times reported the visit.", []string{"Jordan=-"}},
	{"en", "It was a nice day for the ceremony.", []string{"nice=-"}},
	{"fr", "Le sommet s'est tenu à Nice samedi.", []string{"Nice=city:FR:Nice"}},
	// towns shared by several countries
	{"ar", "اشتباكات في طرابلس الليبية أمس.", []string{"طرابلس=capital:LY:Tripoli"}},
	{"ar", "تظاهر المئات في طرابلس شمال لبنان.", []string{"طرابلس=city:LB:Tripoli", "لبنان=country:LB:Lebanon"}},
	{"en", "Floods hit Alexandria, Egypt's second city.", []string{"Alexandria=city:EG:Alexandria"}},
	// proclitics
	{"ar", "وقع اليوم بالرباط وزير الاقتصاد اتفاقية.", []string{"الرباط=capital:MA:Rabat"}},
	{"ar", "توجه وفد للرياض وآخر لبغداد.", []string{"للرياض=capital:SA:Riyadh", "بغداد=capital:IQ:Baghdad"}},
	{"ar", "وصل الوفد وللقاهرة دور كبير.", []string{"للقاهرة=capital:EG:Cairo"}},
	// days and common words that GeoNames also lists as towns
	{"ar", "انطلق الاجتماع يوم الخميس في الدوحة.", []string{"الخميس=-", "الدوحة=capital:QA:Doha"}},
	{"ar", "تجاوزت الحكومة العقبة الأخيرة أمام الاتفاق.", []string{"العقبة=-"}},
	{"ar", "افتتح مشروع جديد بمدينة العقبة الأردنية.", []string{"العقبة=city:JO:Aqaba"}},
	// demonyms
	{"ar", "أكد الرئيس المصري والملك المغربي والوزراء السعوديون والمغاربة.", []string{"المصري=demonym:EG:Egypt", "المغربي=demonym:MA:Morocco", "السعوديون=demonym:SA:Saudi Arabia", "والمغاربة=-", "المغاربة=demonym:MA:Morocco"}},
	{"fr", "Les ministres marocains et la délégation algérienne.", []string{"marocains=demonym:MA:Morocco", "algérienne=demonym:DZ:Algeria"}},
	{"en", "Moroccan and Egyptian officials met Saudis.", []string{"Moroccan=demonym:MA:Morocco", "Egyptian=demonym:EG:Egypt", "Saudis=demonym:SA:Saudi Arabia"}},
	// formal names
	{"ar", "مباحثات بين المملكة المغربية والجمهورية الإيطالية وجمهورية صربيا.", []string{"المملكة المغربية=country:MA:Morocco", "الجمهورية الإيطالية=country:IT:Italy", "جمهورية صربيا=country:RS:Serbia"}},
	{"fr", "Le Royaume du Maroc et la République tunisienne.", []string{"Royaume du Maroc=country:MA:Morocco", "République tunisienne=country:TN:Tunisia"}},
	// regions
	{"ar", "ضرب زلزال إقليم الحوز جنوب مراكش.", []string{"الحوز=region:MA:Al Haouz", "مراكش=city:MA:Marrakesh"}},
	{"ar", "أمطار غزيرة في محافظة الجيزة.", []string{"الجيزة=region:EG:Giza"}},
	{"ar", "افتتاح مصنع في الجيزة قرب القاهرة.", []string{"الجيزة=city:EG:Giza", "القاهرة=capital:EG:Cairo"}},
}

func TestScanTable(t *testing.T) {
	g := places.Default()
	for i, tc := range scanCases {
		t.Run(fmt.Sprintf("%02d_%s", i, tc.lang), func(t *testing.T) {
			doc := extractors.NewDocument(tc.text, tc.lang, time.Time{})
			got := g.Scan(doc)
			for _, w := range tc.want {
				text, spec, _ := strings.Cut(w, "=")
				var found *places.Mention
				for k := range got {
					if got[k].Text == text {
						found = &got[k]
					}
				}
				if spec == "-" {
					if found != nil {
						t.Errorf("Scan(%q): got %q as %s %s %s, want no mention", tc.text, text, found.Kind, found.Country, found.Name)
					}
					continue
				}
				if found == nil {
					t.Errorf("Scan(%q): no mention %q (got %s), want %s", tc.text, text, describe(got), spec)
					continue
				}
				if g := found.Kind + ":" + found.Country + ":" + found.Name; g != spec {
					t.Errorf("Scan(%q): %q = %s, want %s", tc.text, text, g, spec)
				}
			}
		})
	}
}

func describe(ms []places.Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%q=%s:%s:%s", m.Text, m.Kind, m.Country, m.Name))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func TestScanSpans(t *testing.T) {
	g := places.Default()
	for _, tc := range scanCases {
		doc := extractors.NewDocument(tc.text, tc.lang, time.Time{})
		runes := []rune(tc.text)
		for _, m := range g.Scan(doc) {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("%q: bad span %d:%d", tc.text, m.Start, m.End)
				continue
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%q: runes[%d:%d] = %q, Text = %q", tc.text, m.Start, m.End, got, m.Text)
			}
		}
	}
}
