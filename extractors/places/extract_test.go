package places_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
	"github.com/newsworker/newsworker/internal/golden"
)

// TestExtractLocation checks the event's location and the places kept, on
// sentences written for this test.
func TestExtractLocation(t *testing.T) {
	tests := []struct {
		lang, text string
		location   string   // Name of Result.Location, "" for nil
		locations  []string // "Name/Country/kind" of Result.Locations, in order
	}{
		{"ar", "انطلق اليوم الخميس في الرياض اجتماع وزراء الخارجية العرب بمشاركة 20 دولة.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"ar", "وقع اليوم بالرباط وزير الاقتصاد والمالية اتفاقية تمويل مع البنك الدولي.", "Rabat", []string{"Rabat/MA/city"}},
		{"ar", "يشارك المغرب في الاجتماع الذي انطلق اليوم في العاصمة السعودية الرياض.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"ar", "حل الوزير بالعاصمة المغربية في زيارة تدوم يومين.", "Rabat", []string{"Rabat/MA/city"}},
		{"ar", "الرباط - صادق مجلس الحكومة اليوم على مشروع مرسوم يتعلق بالتعليم.", "Rabat", []string{"Rabat/MA/city"}},
		{"ar", "نواكشوط، 12 مارس (وكالات) - صادق البرلمان على قانون المالية المعدل.", "Nouakchott", []string{"Nouakchott/MR/city"}},
		{"ar", "الرباط في 14 أبريل /وكالة/ - استقبل رئيس الحكومة اليوم وفدا من البنك الإفريقي للتنمية.", "Rabat", []string{"Rabat/MA/city"}},
		{"ar", "نواكشوط في ٣ مايو - صادق مجلس الوزراء على مشروع قانون الصيد.", "Nouakchott", []string{"Nouakchott/MR/city"}},
		{"ar", "عمان 9 أيار (وكالة) - صادق مجلس الوزراء اليوم على نظام جديد للنقل العام.", "Amman", []string{"Amman/JO/city"}},
		{"ar", "استقبل وزير الخارجية بالجزائر العاصمة نظيره التونسي.", "Algiers", []string{"Algiers/DZ/city"}},
		{"ar", "أودت السيول التي اجتاحت الفلبين وفيتنام بحياة مئة شخص.", "Philippines", []string{"Philippines/PH/country", "Vietnam/VN/country"}},
		{"ar", "زار الوزير ولاية تمنراست وولاية البيض بعد السيول.", "Algeria", []string{"Algeria/DZ/country"}},
		{"ar", "استقبل جلالة الملك في قصر الحسينية وفدا من رجال الأعمال.", "Al Husseiniya Palace", []string{"Al Husseiniya Palace/JO/site"}},
		{"ar", "الرياض - استقبل ولي العهد في قصر اليمامة بالرياض اليوم وزير الخارجية الياباني.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"ar", "دمشق-سانا\nبحث وزير الخارجية مع نظيره العماني في مسقط العلاقات الثنائية.", "Muscat", []string{"Muscat/OM/city"}},
		{"ar", "افتتح الوزير مشاريع سكنية في الرباط وسلا.", "Rabat", []string{"Rabat/MA/city", "Salé/MA/city"}},
		{"fr", "NOUAKCHOTT (AFP) - Un prêt financera des forages à Nouadhibou et Kiffa.", "Nouadhibou", []string{"Nouadhibou/MR/city", "Kiffa/MR/city"}},
		{"en", "Ministers met in Riyadh on Monday to discuss the coalition's plans.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"en", "LONDON (Reuters) - Donors pledged $2 billion at a conference in Geneva on Tuesday for Yemen.", "Geneva", []string{"Geneva/CH/city"}},
		{"en", "BEIJING, June 19 (Xinhua) -- The president met the visiting minister on Monday.", "Beijing", []string{"Beijing/CN/city"}},
		{"en", "The loan was signed in the Moroccan capital on Friday.", "Rabat", []string{"Rabat/MA/city"}},
		{"en", "Floods killed 20 people in Sumatra, Indonesia, officials said.", "Indonesia", []string{"Indonesia/ID/country"}},
		{"en", "The ceremony in Rabat launched road works between Kenitra and Fez.", "Rabat", []string{"Rabat/MA/city", "Kenitra/MA/city", "Fez/MA/city"}},
		{"fr", "Le ministre a signé à Rabat une convention de financement.", "Rabat", []string{"Rabat/MA/city"}},
		{"fr", "Le président a été accueilli à l'aéroport d'Alger par le Premier ministre.", "Algiers", []string{"Algiers/DZ/city"}},
		{"fr", "La conférence des donateurs pour la Turquie et la Syrie s'est tenue à Bruxelles.", "Brussels", []string{"Brussels/BE/city"}},
		{"fr", "Des pluies torrentielles ont frappé les provinces de Tata et Tiznit au Maroc.", "Morocco", []string{"Morocco/MA/country"}},
		{"fr", "Les résultats préliminaires de la présidentielle en Tunisie ont été annoncés lundi.", "Tunisia", []string{"Tunisia/TN/country"}},
		// a town in apposition to a capital phrase is the event's place in the lede, unless it is an origin
		{"ar", "استضافت العاصمة العمانية مسقط أمس اجتماعا لوزراء النقل الخليجيين.", "Muscat", []string{"Muscat/OM/city"}},
		{"en", "The Omani capital, Muscat, hosted a meeting of transport ministers on Monday.", "Muscat", []string{"Muscat/OM/city"}},
		{"fr", "La capitale nigérienne Niamey a accueilli lundi une réunion des ministres des transports.", "Niamey", []string{"Niamey/NE/city"}},
		{"ar", "وصل الوفد قادما من العاصمة التونسية تونس إلى الرباط في زيارة عمل.", "Rabat", []string{"Rabat/MA/city"}},
		{"en", "The delegation flew in from the Tunisian capital, Tunis, to Rabat on Monday.", "Rabat", []string{"Rabat/MA/city"}},
		// further down, a town in apposition counts in a sentence telling an event, not in one about the past
		{"ar", "بحث وزراء الطاقة العرب أمس خطط الربط الكهربائي. واحتضنت العاصمة السورية دمشق الاجتماع الذي شارك فيه عشرة وزراء.", "Damascus", []string{"Damascus/SY/city"}},
		{"en", "Energy ministers discussed the power grid on Sunday. The Syrian capital Damascus hosted the meeting, which drew ten ministers.", "Damascus", []string{"Damascus/SY/city"}},
		{"fr", "Les ministres de l'énergie ont discuté du réseau électrique dimanche. La capitale syrienne Damas a accueilli la réunion, qui a réuni dix ministres.", "Damascus", []string{"Damascus/SY/city"}},
		{"ar", "افتتح وزير الطاقة الأردني أمس في عمان معرضا للطاقة الشمسية. وكان الوزير قد زار الشهر الماضي العاصمة السورية دمشق حيث بحث الربط الكهربائي.", "Amman", []string{"Amman/JO/city"}},
		{"en", "The Jordanian energy minister opened a solar fair in Amman on Sunday. He hosted the Syrian capital Damascus's delegation last month.", "Amman", []string{"Amman/JO/city"}},
		// a coast or the outskirts of a town tie it as a preposition does
		{"en", "Coast guards rescued 40 migrants off the coast of Sfax on Monday.", "Sfax", []string{"Sfax/TN/city"}},
		{"fr", "Un bateau de migrants a chaviré lundi au large de Sfax.", "Sfax", []string{"Sfax/TN/city"}},
		{"ar", "تونس - أنقذ خفر السواحل اليوم أربعين مهاجرا قبالة سواحل صفاقس.", "Sfax", []string{"Sfax/TN/city"}},
		{"ar", "غرق مركب للمهاجرين قبالة سواحل طبرق شرقي ليبيا.", "Tobruk", []string{"Tobruk/LY/city", "Libya/LY/country"}},
		{"ar", "زار الرئيس ساحل العاج الأسبوع الماضي.", "Côte d’Ivoire", []string{"Côte d’Ivoire/CI/country"}},
		// a country opening an organization's name is no place; "state" before "Department" is no region word
		{"en", "The Kuwait Fund for Arab Economic Development signed a loan with Ghana on Monday.", "Ghana", []string{"Ghana/GH/country"}},
		{"en", "Qatar Airways resumed flights to Baghdad on Monday.", "Baghdad", []string{"Baghdad/IQ/city"}},
		{"en", "The U.S. State Department said on Tuesday that Washington welcomed the truce in Gaza.", "Gaza", []string{"Gaza/PS/city"}},
		{"en", "Gunmen killed 12 people in Nigeria's Borno state on Monday.", "Nigeria", []string{"Nigeria/NG/country"}},
		{"ar", "وقع صندوق قطر للتنمية اليوم اتفاقية منحة مع السودان لدعم قطاع الصحة.", "Sudan", []string{"Sudan/SD/country"}},
		{"ar", "وقعت حكومة قطر والبنك الدولي اليوم اتفاقية لدعم قطاع الصحة.", "Qatar", []string{"Qatar/QA/country"}},
		{"en", "The Qatar Fund for Development signed a grant with Sudan on Monday.", "Sudan", []string{"Sudan/SD/country"}},
		// "North America" is a continent; a code before a capitalised body word qualifies the body
		{"en", "The carmaker will sell the model in North America from next year.", "", nil},
		{"en", "The retailer settled a complaint with the U.S. Federal Trade Commission, its lawyers said.", "", nil},
		{"en", "The UK Foreign Office said on Monday that talks in Geneva had stalled.", "Geneva", []string{"Geneva/CH/city"}},
		{"en", "Protests spread across the U.S. Monday as workers walked out.", "United States", []string{"United States/US/country"}},
		{"en", "Latin America's largest economy grew 1% in the third quarter, Brazil's statistics agency said.", "Brazil", []string{"Brazil/BR/country"}},
		// the subject of a host verb hosts the event, unless the sentence is about the past
		{"fr", "Dakar accueille depuis lundi le Forum mondial de l'eau.", "Dakar", []string{"Dakar/SN/city"}},
		{"fr", "Nouakchott a accueilli mardi une rencontre des ministres du G5 Sahel.", "Nouakchott", []string{"Nouakchott/MR/city"}},
		{"en", "Doha hosted talks between the two sides on Sunday.", "Doha", []string{"Doha/QA/city"}},
		{"en", "Riyadh will host the summit next month, officials said.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"ar", "استضافت الرياض اليوم أعمال القمة العربية الصينية.", "Riyadh", []string{"Riyadh/SA/city"}},
		{"ar", "تحتضن الرباط غدا أشغال المنتدى البرلماني.", "Rabat", []string{"Rabat/MA/city"}},
		{"ar", "تستضيف مصر الشهر المقبل مؤتمر المناخ.", "Egypt", []string{"Egypt/EG/country"}},
		{"en", "Morocco hosted the Africa Cup of Nations final on Sunday.", "Morocco", []string{"Morocco/MA/country"}},
		{"en", "Ministers met in Cairo on Monday. Doha hosted similar talks last year.", "Cairo", []string{"Cairo/EG/city"}},
		{"ar", "اجتمع الوزراء اليوم في القاهرة. وكانت الدوحة قد استضافت محادثات مماثلة العام الماضي.", "Cairo", []string{"Cairo/EG/city"}},
		{"ar", "اجتمع الوزراء اليوم في القاهرة، واستضافت الدوحة العام الماضي محادثات مماثلة.", "Cairo", []string{"Cairo/EG/city"}},
		// ... nor the host of a later event past the opening sentence
		{"ar", "انطلقت اليوم في الدوحة أعمال المنتدى الاقتصادي العربي بمشاركة وفود من 20 دولة. وقال وزير التجارة القطري في كلمة الافتتاح إن قطر حريصة على تعزيز التكامل الاقتصادي العربي. ويناقش المنتدى على مدى يومين فرص الاستثمار في الطاقة المتجددة، على أن تستضيف الرياض الدورة المقبلة العام القادم.", "Doha", []string{"Doha/QA/city"}},
		{"en", "Trade ministers opened a forum in Doha on Monday. Riyadh will host the next one in the spring.", "Doha", []string{"Doha/QA/city"}},
		// a dateline is the outlet's city when its sentence sends the event to another country
		{"ar", "داكار - يبدأ وزير الخارجية السنغالي غدا زيارة إلى النيجر تستغرق ثلاثة أيام.", "Niger", []string{"Niger/NE/country"}},
		{"ar", "نواكشوط - وصل وزير الصحة الموريتاني اليوم إلى السنغال في زيارة عمل.", "Senegal", []string{"Senegal/SN/country"}},
		{"en", "NAIROBI (AFP) - Kenya's president arrived in Ethiopia on Tuesday for talks on the dam.", "Ethiopia", []string{"Ethiopia/ET/country"}},
		{"fr", "DAKAR (AFP) - Le ministre sénégalais est arrivé lundi en Gambie pour une visite de travail.", "Gambia", []string{"Gambia/GM/country"}},
		{"en", "RABAT (AFP) - Morocco's prime minister said on Tuesday that talks with Spain would resume.", "Rabat", []string{"Rabat/MA/city"}},
		// a dateline is the outlet's city when the text ties only a province of its country further down and never names the town again
		{"en", "ISLAMABAD: Relief teams from across Pakistan reached thousands of families on Monday. Officials said more rain was expected in Pakistan. The floods struck hundreds of villages in Sindh province over the weekend.", "Pakistan", []string{"Pakistan/PK/country"}},
		{"ar", "الرباط - أعلنت الحكومة المغربية اليوم عن برنامج لدعم الفلاحين المتضررين من الجفاف في المغرب. وقال الناطق الرسمي إن البرنامج يشمل ألف قرية في المغرب. وضربت موجة الجفاف مئات القرى في جهة درعة تافيلالت.", "Morocco", []string{"Morocco/MA/country"}},
		{"en", "ISLAMABAD: Ministers met in Islamabad on Monday to plan relief across Pakistan. Officials said more rain was expected in Pakistan. The floods struck hundreds of villages in Sindh province over the weekend.", "Islamabad", []string{"Islamabad/PK/city", "Pakistan/PK/country"}},
		// ... or a province as the event's place; a governor's province does not
		{"en", "ISLAMABAD: The government on Monday announced relief for flood victims in Khyber Pakhtunkhwa province.", "Pakistan", []string{"Pakistan/PK/country"}},
		{"ar", "القاهرة - أعلنت وزارة الصحة المصرية اليوم تسجيل إصابات جديدة في محافظة أسوان.", "Egypt", []string{"Egypt/EG/country"}},
		{"fr", "RABAT - Les autorités ont annoncé lundi l'envoi d'aides aux sinistrés dans la province d'Al Haouz.", "Morocco", []string{"Morocco/MA/country"}},
		{"ar", "القاهرة - استقبل محافظ أسوان اليوم وفدا من المستثمرين.", "Cairo", []string{"Cairo/EG/city"}},
		// venues: a palace or a border crossing is the place when no town holds it; the text's countries choose a crossing's side
		{"ar", "استقبل أمير الكويت في قصر السيف صباح اليوم وفدا برلمانيا آسيويا.", "Seif Palace", []string{"Seif Palace/KW/site"}},
		{"fr", "Le président a reçu mardi au palais de l'Élysée une délégation d'élus ghanéens.", "Elysee Palace", []string{"Elysee Palace/FR/site"}},
		{"ar", "قررت الحكومة الأردنية إغلاق معبر نصيب مؤقتا أمام الشاحنات المحملة بالخضار.", "Nassib", []string{"Nassib/JO/site"}},
		{"ar", "أعادت السلطات السورية فتح معبر نصيب أمام المسافرين.", "Nassib", []string{"Nassib/SY/site"}},
		{"ar", "عمّان - استقبل الملك في قصر بسمان صباح اليوم رئيس وزراء ماليزيا.", "Amman", []string{"Amman/JO/city"}},
		// a venue the gazetteer lacks: the site, in the country the text places the event in; none when it does not say
		{"ar", "وصل رئيس وزراء ماليزيا اليوم إلى البحرين حيث استقبله الملك في قصر الضيافة.", "Al Dayafah Palace", []string{"Al Dayafah Palace/BH/site", "Bahrain/BH/country"}},
		{"ar", "استقبل الملك في قصر الضيافة اليوم رئيس وزراء ماليزيا.", "Malaysia", []string{"Malaysia/MY/country"}}, // the guest's country by count: no host, no venue
		{"ar", "المنامة - استقبل الملك في قصر الضيافة اليوم رئيس وزراء ماليزيا.", "Manama", []string{"Manama/BH/city"}},
		{"ar", "الكويت - أعلنت السلطات إعادة فتح منفذ العبدلي الحدودي أمام المسافرين.", "Kuwait City", []string{"Kuwait City/KW/city"}},
		{"en", "The minister flew to Ghana, where the president received him at the Osu Castle Palace on Friday.", "Osu Castle Palace", []string{"Osu Castle Palace/GH/site", "Ghana/GH/country"}},
		{"fr", "Le ministre est arrivé au Sénégal et a été reçu au palais Senghor.", "Senghor Palace", []string{"Senghor Palace/SN/site", "Senegal/SN/country"}},
		// "عمان" (Amman, also Oman's name) as a visit's destination is the state, unless a capital word or a venue places it in the town
		{"ar", "يصل الرئيس القبرصي غدا إلى عمان في زيارة رسمية يجري خلالها محادثات مع المسؤولين الأردنيين.", "Jordan", []string{"Jordan/JO/country"}},
		{"ar", "يصل الرئيس القبرصي غدا إلى العاصمة الأردنية عمان في زيارة رسمية.", "Amman", []string{"Amman/JO/city"}},
		{"ar", "وصل الرئيس القبرصي إلى عمان حيث استقبله الملك في قصر بسمان.", "Amman", []string{"Amman/JO/city"}},
		{"ar", "افتتح في عمان اليوم مؤتمر إقليمي للطاقة المتجددة بحضور وزير الطاقة الأردني.", "Amman", []string{"Amman/JO/city"}},
		// formal names
		{"ar", "توجه الوفد البرلماني إلى الجمهورية اليمنية في زيارة تستغرق أربعة أيام.", "Yemen", []string{"Yemen/YE/country"}},
		{"fr", "Le ministre ghanéen est arrivé lundi en République islamique de Mauritanie.", "Mauritania", []string{"Mauritania/MR/country"}},
		// third round: "where" + event verb keeps the place; a capital word + city after arrival; a signing government; office names; earlier events
		{"ar", "واستهل رئيس الوزراء جولته أمس من العاصمة الكويتية الكويت، حيث اجتمع مع ولي العهد.", "Kuwait City", []string{"Kuwait City/KW/city"}},
		{"en", "The envoy began his tour on Sunday from Muscat, where he met the foreign minister.", "Muscat", []string{"Muscat/OM/city"}},
		{"fr", "Le ministre a entamé sa tournée lundi depuis Dakar, où il a rencontré le président.", "Dakar", []string{"Dakar/SN/city"}},
		{"ar", "وصل وزير خارجية ماليزيا، اليوم الأربعاء، إلى العاصمة عمان في زيارة رسمية.", "Amman", []string{"Amman/JO/city"}},
		{"ar", "وصل رئيس وزراء الهند، صباح اليوم، إلى العاصمة بيروت.", "Beirut", []string{"Beirut/LB/city"}},
		{"en", "The Arab Fund and Rwanda government on Sunday signed a loan for schools. Kuwait, which chairs the fund, and Kuwait's finance ministry welcomed the deal.", "Rwanda", []string{"Rwanda/RW/country"}},
		{"en", "The OPEC Fund and the government of Benin signed a credit on Friday. Nigeria and Nigeria's central bank backed the project.", "Benin", []string{"Benin/BJ/country"}},
		{"ar", "وقعت حكومة تونس والصندوق الكويتي اليوم اتفاقية قرض لتمويل سد. ورحبت قطر بالاتفاق وقالت قطر إنها ستواصل دعمها.", "Tunisia", []string{"Tunisia/TN/country"}},
		{"fr", "Le gouvernement du Niger et la Banque arabe ont signé lundi un accord de prêt. Le Qatar et le Koweït, comme le Qatar l'a dit, soutiennent le projet.", "Niger", []string{"Niger/NE/country"}},
		{"ar", "وقع وزير المالية والمدير الإقليمي لدائرة الخليج والعراق بالبنك الدولي اليوم اتفاقية قرض بقيمة 100 مليون دولار.", "", nil},
		{"en", "The finance minister and the World Bank Country Director for Egypt, Yemen and Djibouti signed a loan on Monday.", "", nil},
		{"fr", "Le ministre et le directeur des opérations pour le Maroc de la Banque mondiale ont signé lundi un prêt.", "", nil},
		{"ar", "وقع وزير المالية والمدير القطري لمصر بالبنك الدولي اليوم اتفاقية في القاهرة.", "Cairo", []string{"Cairo/EG/city"}},
		{"ar", "الرباط - صادق مجلس الحكومة اليوم على اتفاقية التعاون والتي وقعت في نيامي الشهر الماضي.", "Rabat", []string{"Rabat/MA/city"}},
		{"en", "RABAT - The cabinet approved on Thursday the accord, which was signed in Niamey last month.", "Rabat", []string{"Rabat/MA/city"}},
		{"fr", "RABAT - Le gouvernement a approuvé jeudi l'accord, qui a été signé à Niamey l'an dernier.", "Rabat", []string{"Rabat/MA/city"}},
		{"fr", "Il fait beau aujourd'hui.", "", nil},
	}
	ex := places.New(places.Default())
	for i, tt := range tests {
		t.Run(fmt.Sprintf("%02d_%s", i, tt.lang), func(t *testing.T) {
			res := ex.Extract(extractors.NewDocument(tt.text, tt.lang, time.Time{}))
			got := ""
			if res.Location != nil {
				got = res.Location.Name
			}
			if got != tt.location {
				t.Errorf("Extract(%q).Location = %q, want %q", tt.text, got, tt.location)
			}
			var gotLocs []string
			for _, p := range res.Locations {
				gotLocs = append(gotLocs, p.Name+"/"+p.Country+"/"+p.Kind)
			}
			if strings.Join(gotLocs, " ") != strings.Join(tt.locations, " ") {
				t.Errorf("Extract(%q).Locations = %v, want %v", tt.text, gotLocs, tt.locations)
			}
		})
	}
}

// TestGolden extracts the articles in testdata/*.txt (written for this
// test; first line "lang") and compares with testdata/*.golden.json.
func TestGolden(t *testing.T) {
	ex := places.New(places.Default())
	golden.ForEach(t, "testdata/*.txt", func(t *testing.T, name string, b []byte) {
		lang, text, _ := strings.Cut(string(b), "\n")
		res := ex.Extract(extractors.NewDocument(text, strings.TrimSpace(lang), time.Time{}))
		golden.CheckJSON(t, filepath.Join("testdata", name+".golden.json"), res)
		runes := []rune(text)
		for _, m := range res.Mentions {
			if string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q: runes[%d:%d] = %q", m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
			}
		}
	})
}

func ExampleExtractor_Extract() {
	text := "انطلق اليوم الخميس في العاصمة السعودية الرياض اجتماع وزاري بمشاركة المغرب ومصر."
	res := places.New(places.Default()).Extract(extractors.NewDocument(text, "ar", time.Time{}))
	fmt.Printf("location: %s (%s) at %q\n", res.Location.Name, res.Location.Country, res.Location.Text)
	for _, m := range res.Mentions {
		fmt.Printf("%s %s %s %q\n", m.Kind, m.Country, m.Name, m.Text)
	}
	// Output:
	// location: Riyadh (SA) at "الرياض"
	// capital SA Riyadh "الرياض"
	// country MA Morocco "المغرب"
	// country EG Egypt "مصر"
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"انطلق اليوم في العاصمة السعودية الرياض",
		"وللجزائر وبالرباط وللعاصمة الجزائرية",
		"BEIJING, June 19 (Xinhua) -- in the Saudi capital, Riyadh",
		"à Alger, la capitale de l'Algérie",
		"عُمانَ ــ الأردنّ",
		"",
	} {
		f.Add(s)
	}
	g := places.Default()
	ex := places.New(g)
	f.Fuzz(func(t *testing.T, text string) {
		doc := extractors.NewDocument(text, "ar", time.Time{})
		res := ex.Extract(doc)
		runes := []rune(text)
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start > m.End {
				t.Fatalf("bad span %d:%d in %q", m.Start, m.End, text)
			}
			// compared rune by rune: an invalid byte is one U+FFFD on both sides
			if string(runes[m.Start:m.End]) != string([]rune(m.Text)) {
				t.Fatalf("span %d:%d = %q, Text %q", m.Start, m.End, string(runes[m.Start:m.End]), m.Text)
			}
		}
		if res.Location != nil && res.Location.Name == "" {
			t.Fatalf("location without a name in %q", text)
		}
	})
}

// TestConcurrentExtract runs Extract from several goroutines on different
// texts and checks each gets the result it gets alone (run with -race).
func TestConcurrentExtract(t *testing.T) {
	ex := places.New(places.Default())
	texts := []string{
		"انطلق اليوم في الرياض اجتماع وزاري.",
		"Le ministre a signé à Rabat une convention.",
		"Ministers met in Cairo on Monday.",
		"وصل الوفد إلى العاصمة الأردنية عمان.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = ex.Extract(extractors.NewDocument(s, "", time.Time{})).Location.Name
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func(g int) {
			var err error
			for k := 0; k < 200; k++ {
				i := (g + k) % len(texts)
				res := ex.Extract(extractors.NewDocument(texts[i], "", time.Time{}))
				if res.Location == nil || res.Location.Name != want[i] {
					err = fmt.Errorf("goroutine %d: %q gave %v, want %s", g, texts[i], res.Location, want[i])
					break
				}
			}
			done <- err
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
