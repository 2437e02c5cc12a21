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
	{"en", "Saudi capital markets rose on Monday.", []string{"Saudi=demonym:SA:Saudi Arabia", "Saudi capital=-"}},
	{"en", "The summit took place in the capital of Egypt.", []string{"capital of Egypt=capital:EG:Cairo"}},
	{"fr", "La réunion s'est tenue dans la capitale marocaine.", []string{"capitale marocaine=capital:MA:Rabat"}},
	{"fr", "Il s'est rendu dans la capitale de l'Algérie jeudi.", []string{"capitale de l'Algérie=capital:DZ:Algiers"}},
	// "جزائر" without the article is "islands", not Algeria; venues and formal names
	{"ar", "أبحر القارب بين جزائر البحر الأحمر الصغيرة.", []string{"جزائر=-"}},
	{"ar", "استقبل الأمير ضيفه في قصر السيف.", []string{"قصر السيف=city:KW:Seif Palace"}},
	{"fr", "Le ministre s'est rendu en République du Yémen.", []string{"République du Yémen=country:YE:Yemen"}},
	{"en", "Trade with the Federal Republic of Somalia grew.", []string{"Federal Republic of Somalia=country:SO:Somalia"}},
	// a country and its capital sharing a name
	{"ar", "استقبل وزير الخارجية بالجزائر العاصمة نظيره الإيطالي.", []string{"الجزائر العاصمة=capital:DZ:Algiers", "الإيطالي=demonym:IT:Italy"}},
	{"ar", "وقعت الجزائر وإيطاليا اتفاقا للطاقة.", []string{"الجزائر=country:DZ:Algeria", "إيطاليا=country:IT:Italy"}},
	{"ar", "أعلنت تونس عن خطة جديدة لدعم الصادرات.", []string{"تونس=country:TN:Tunisia"}},
	{"ar", "افتتح المعرض في مدينة تونس يوم الأحد.", []string{"تونس=capital:TN:Tunis"}},
	{"ar", "قالت الكويت إنها ستساهم في الصندوق.", []string{"الكويت=country:KW:Kuwait"}},
	{"ar", "تونس (وكالات) - أعلنت الحكومة التونسية اليوم عن خطة للطاقة.", []string{"تونس=capital:TN:Tunis", "التونسية=demonym:TN:Tunisia"}},
	{"ar", "الجزائر - استقبل الوزير الأول سفير اليابان.", []string{"الجزائر=capital:DZ:Algiers", "اليابان=country:JP:Japan"}},
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
	{"en", "Jordan's planning minister signed the grant.", []string{"Jordan=country:JO:Jordan"}},
	{"en", "The coach praised Jordan's speed on the wing.", []string{"Jordan=-"}},
	// a demonym of two states: the capital named beside it decides
	{"fr", "Le président congolais a reçu à Brazzaville le ministre.", []string{"congolais=demonym:CG:Congo - Brazzaville"}},
	{"fr", "Le président congolais a reçu à Kinshasa une délégation.", []string{"congolais=demonym:CD:Congo - Kinshasa"}},
	{"en", "It was a nice day for the ceremony.", []string{"nice=-"}},
	{"fr", "Le sommet s'est tenu à Nice samedi.", []string{"Nice=city:FR:Nice"}},
	{"fr", "La réunion s'est tenue lundi à Rabat.", []string{"La réunion=-", "réunion=-", "Rabat=capital:MA:Rabat"}},
	{"fr", "Lors de la réunion, les deux pays ont signé trois accords.", []string{"la réunion=-", "réunion=-"}},
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
	{"ar", "مباحثات بين المملكة المغربية والجمهورية الفرنسية وجمهورية كرواتيا.", []string{"المملكة المغربية=country:MA:Morocco", "الجمهورية الفرنسية=country:FR:France", "جمهورية كرواتيا=country:HR:Croatia"}},
	{"fr", "Le Royaume du Maroc et la République tunisienne.", []string{"Royaume du Maroc=country:MA:Morocco", "République tunisienne=country:TN:Tunisia"}},
	// regions
	{"ar", "ضرب زلزال إقليم الحوز جنوب مراكش.", []string{"الحوز=region:MA:Al Haouz", "مراكش=city:MA:Marrakesh"}},
	{"ar", "أمطار غزيرة في محافظة الجيزة.", []string{"الجيزة=region:EG:Giza"}},
	{"ar", "افتتاح مصنع في الجيزة قرب القاهرة.", []string{"الجيزة=city:EG:Giza", "القاهرة=capital:EG:Cairo"}},
	// more regions
	{"ar", "فيضانات في ولاية سوسة وولاية نابل.", []string{"سوسة=region:TN:Sousse", "نابل=region:TN:Nabeul"}},
	{"ar", "زار الوزير ولاية وهران أمس.", []string{"وهران=region:DZ:Oran"}},
	{"ar", "افتتح الوزير مستشفى في وهران.", []string{"وهران=city:DZ:Oran"}},
	{"fr", "De fortes pluies dans la wilaya de Sétif.", []string{"Sétif=region:DZ:Sétif"}},
	{"en", "Clashes erupted in Anbar province on Friday.", []string{"Anbar=region:IQ:Al Anbar"}},
	// capitals and towns in the three languages
	{"ar", "عقدت القمة في القاهرة ثم انتقل الوفد إلى الإسكندرية.", []string{"القاهرة=capital:EG:Cairo", "الإسكندرية=city:EG:Alexandria"}},
	{"ar", "وصل الرئيس إلى بغداد قادما من دمشق وبيروت.", []string{"بغداد=capital:IQ:Baghdad", "دمشق=capital:SY:Damascus", "بيروت=capital:LB:Beirut"}},
	{"ar", "انطلقت أعمال المنتدى في الدار البيضاء ومراكش وطنجة.", []string{"الدار البيضاء=city:MA:Casablanca", "مراكش=city:MA:Marrakesh", "طنجة=city:MA:Tangier"}},
	{"ar", "اجتماع في الدوحة وآخر في المنامة ومسقط.", []string{"الدوحة=capital:QA:Doha", "المنامة=capital:BH:Manama", "مسقط=capital:OM:Muscat"}},
	{"ar", "زار الوفد صفاقس وسوسة والقيروان.", []string{"صفاقس=city:TN:Sfax"}},
	{"ar", "مباحثات في باريس ولندن وواشنطن.", []string{"باريس=capital:FR:Paris", "لندن=capital:GB:London", "واشنطن=capital:US:Washington"}},
	{"ar", "مؤتمر المانحين في جنيف بحضور الأمم المتحدة.", []string{"جنيف=city:CH:Geneva"}},
	{"ar", "لقاء في الخرطوم ونواكشوط وصنعاء.", []string{"الخرطوم=capital:SD:Khartoum", "نواكشوط=capital:MR:Nouakchott", "صنعاء=capital:YE:Sanaa"}},
	{"en", "Talks in Cairo, Amman and Beirut ended on Tuesday.", []string{"Cairo=capital:EG:Cairo", "Amman=capital:JO:Amman", "Beirut=capital:LB:Beirut"}},
	{"en", "The forum in Casablanca drew investors from Dubai and Abu Dhabi.", []string{"Casablanca=city:MA:Casablanca", "Dubai=city:AE:Dubai", "Abu Dhabi=capital:AE:Abu Dhabi"}},
	{"en", "Delegates gathered in Geneva before flying to Brussels.", []string{"Geneva=city:CH:Geneva", "Brussels=capital:BE:Brussels"}},
	{"en", "RABAT, March 3 - Morocco signed the deal.", []string{"RABAT=capital:MA:Rabat", "Morocco=country:MA:Morocco"}},
	{"fr", "Le forum s'est ouvert à Alger avant une étape à Oran et Constantine.", []string{"Alger=capital:DZ:Algiers", "Oran=city:DZ:Oran", "Constantine=city:DZ:Constantine"}},
	{"fr", "Une conférence à Bruxelles et une autre à Genève.", []string{"Bruxelles=capital:BE:Brussels", "Genève=city:CH:Geneva"}},
	{"fr", "Le ministre est arrivé au Caire puis à Beyrouth.", []string{"Caire=capital:EG:Cairo", "Beyrouth=capital:LB:Beirut"}},
	{"fr", "Le sommet de la Francophonie se tient à Djerba.", []string{"Djerba=city:TN:Djerba"}},
	// countries in the three languages, with and without the article
	{"ar", "وقعت مصر والسعودية والإمارات وقطر اتفاقا.", []string{"مصر=country:EG:Egypt", "السعودية=country:SA:Saudi Arabia", "الإمارات=country:AE:United Arab Emirates", "قطر=country:QA:Qatar"}},
	{"ar", "بين العراق وسوريا ولبنان والأردن.", []string{"العراق=country:IQ:Iraq", "سوريا=country:SY:Syria", "لبنان=country:LB:Lebanon", "الأردن=country:JO:Jordan"}},
	{"ar", "سفير مغرب اليوم لدى دولة الكويت.", []string{"مغرب=country:MA:Morocco", "دولة الكويت=country:KW:Kuwait"}},
	{"ar", "وفد من الولايات المتحدة الأمريكية وروسيا والصين.", []string{"الولايات المتحدة الأمريكية=country:US:United States", "روسيا=country:RU:Russia", "الصين=country:CN:China"}},
	{"en", "Egypt, Saudi Arabia and the United Arab Emirates pledged aid to Sudan.", []string{"Egypt=country:EG:Egypt", "Saudi Arabia=country:SA:Saudi Arabia", "United Arab Emirates=country:AE:United Arab Emirates", "Sudan=country:SD:Sudan"}},
	{"en", "U.S. and U.K. envoys met the U.N. team.", []string{"U.S=country:US:United States", "U.K=country:GB:United Kingdom"}},
	{"en", "The UAE and the US signed a deal with the UK.", []string{"UAE=country:AE:United Arab Emirates", "US=country:US:United States", "UK=country:GB:United Kingdom"}},
	{"fr", "L'Algérie, le Maroc et la Tunisie ont voté avec les États-Unis.", []string{"Algérie=country:DZ:Algeria", "Maroc=country:MA:Morocco", "Tunisie=country:TN:Tunisia", "États-Unis=country:US:United States"}},
	{"fr", "Des inondations en Libye et au Soudan.", []string{"Libye=country:LY:Libya", "Soudan=country:SD:Sudan"}},
	// demonyms: genders and plurals
	{"ar", "الوزيرة التونسية والسفير الجزائري والجالية الليبية.", []string{"التونسية=demonym:TN:Tunisia", "الجزائري=demonym:DZ:Algeria", "الليبية=demonym:LY:Libya"}},
	{"ar", "أكد العراقيون واللبنانيون والمصريات.", []string{"العراقيون=demonym:IQ:Iraq", "اللبنانيون=demonym:LB:Lebanon", "المصريات=demonym:EG:Egypt"}},
	{"ar", "شارك الأتراك والإيرانيون والأمريكيون.", []string{"الأتراك=demonym:TR:Turkey", "الإيرانيون=demonym:IR:Iran", "الأمريكيون=demonym:US:United States"}},
	{"fr", "La partie tunisienne et les délégations égyptiennes et saoudiennes.", []string{"tunisienne=demonym:TN:Tunisia", "égyptiennes=demonym:EG:Egypt", "saoudiennes=demonym:SA:Saudi Arabia"}},
	{"en", "Iraqi, Jordanian and Emirati ministers met Qataris.", []string{"Iraqi=demonym:IQ:Iraq", "Jordanian=demonym:JO:Jordan", "Emirati=demonym:AE:United Arab Emirates", "Qataris=demonym:QA:Qatar"}},
	// proclitics, all of them
	{"ar", "فالقاهرة تستضيف وكبغداد كانت ولدمشق دور.", []string{"القاهرة=capital:EG:Cairo", "بغداد=capital:IQ:Baghdad", "دمشق=capital:SY:Damascus"}},
	{"ar", "والمغرب وبالجزائر وللعراق.", []string{"المغرب=country:MA:Morocco", "الجزائر=country:DZ:Algeria", "للعراق=country:IQ:Iraq"}},
	{"ar", "وبتونس العاصمة وفي الرباط.", []string{"تونس العاصمة=capital:TN:Tunis", "الرباط=capital:MA:Rabat"}},
	// homonyms decided by context
	{"ar", "وصل الوفد إلى الكويت العاصمة.", []string{"الكويت العاصمة=capital:KW:Kuwait City"}},
	{"en", "Kuwait City hosted the talks; Kuwait pledged $50 million.", []string{"Kuwait City=capital:KW:Kuwait City", "Kuwait=country:KW:Kuwait"}},
	{"en", "Ministers met in Tripoli, Libya, on Sunday.", []string{"Tripoli=capital:LY:Tripoli", "Libya=country:LY:Libya"}},
	{"en", "Protesters gathered in Tripoli in northern Lebanon.", []string{"Tripoli=city:LB:Tripoli", "Lebanon=country:LB:Lebanon"}},
	{"en", "Jordan Bardella spoke in Paris.", []string{"Jordan=-", "Paris=capital:FR:Paris"}},
	{"en", "Chili sauce sold well, Horatio Alger wrote.", []string{"Chili=-", "Alger=-"}},
	{"fr", "Le sommet s'est tenu à Mexico, capitale du Mexique.", []string{"Mexico=capital:MX:Mexico City"}},
	{"en", "Mexico signed the accord in Mexico City.", []string{"Mexico=country:MX:Mexico", "Mexico City=capital:MX:Mexico City"}},
	{"en", "Israel said the talks would resume; a rally was held in New Jersey.", []string{"Israel=country:IL:Israel", "Jersey=-"}},
	{"en", "Jordan and Egypt signed a gas deal in Amman.", []string{"Jordan=country:JO:Jordan", "Egypt=country:EG:Egypt", "Amman=capital:JO:Amman"}},
	{"fr", "Il fait beau et la ville de Nice accueille le sommet.", []string{"Nice=city:FR:Nice"}},
	{"ar", "جدة هذه الفكرة لا خلاف عليها.", []string{"جدة=-"}},
	{"ar", "استقبل ولي العهد في جدة رئيس وزراء السعودية السابق.", []string{"جدة=city:SA:Jeddah"}},
	{"ar", "عقد الاجتماع بمدينة جدة غرب المملكة.", []string{"جدة=city:SA:Jeddah"}},
	{"ar", "في إطار التعاون بين البلدين.", []string{"إطار=-"}},
	{"ar", "قالت السلطات إن الأمطار مستمرة.", []string{"السلطات=-"}},
	// a word before the name makes it a common noun: radius, the sunset prayer
	{"ar", "يبلغ نصف قطر الدائرة عشرة أمتار.", []string{"قطر=-"}},
	{"ar", "أدى المصلون صلاة المغرب في الساحة الكبرى.", []string{"المغرب=-"}},
	{"ar", "وصل الوفد إلى المغرب ثم زار قطر.", []string{"المغرب=country:MA:Morocco", "قطر=country:QA:Qatar"}},
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
