package places_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
)

// TestRelevance checks, on sentences written for this test, which named
// places are the event's and which are background: talk topics, where
// people live or serve, recipients, later or earlier events, offices; and
// the countries kept without a preposition (a part of the country, "where").
func TestRelevance(t *testing.T) {
	published := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lang, text string
		locations        []string // "Name/Country/kind" of Result.Locations, in order
	}{
		// a topic noun before the preposition: what is discussed
		{"topic ar", "ar", "بحث وزيرا الخارجية اليوم في مسقط الأوضاع في اليمن والصومال.", []string{"Muscat/OM/city"}},
		{"topic proclitic ar", "ar", "استعرض الجانبان في الدوحة مستجدات الأزمة بالسودان.", []string{"Doha/QA/city"}},
		{"topic adjectives ar", "ar", "ناقش المجلس في جلسته بالرباط الأوضاع الإنسانية الصعبة في اليمن.", []string{"Rabat/MA/city"}},
		{"topic adjective fr", "fr", "Les ministres réunis à Niamey ont examiné la crise politique au Tchad.", []string{"Niamey/NE/city"}},
		{"topic en", "en", "The envoys met in Geneva on Friday to discuss the war in Yemen.", []string{"Geneva/CH/city"}},
		{"topic fr", "fr", "Les deux ministres ont évoqué à Dakar la crise au Mali.", []string{"Dakar/SN/city"}},
		// where people live or serve
		{"residents en", "en", "The bank signed a grant in Nairobi for Sudanese refugees in Chad.", []string{"Nairobi/KE/city"}},
		{"mission en", "en", "The ambassador to Peru opened a trade fair in Santiago.", []string{"Santiago/CL/city"}},
		{"mission ar", "ar", "شاركت سفارة المغرب في باريس في معرض أقيم بمدينة مرسيليا.", []string{"Marseille/FR/city"}},
		// a standing mission's town is its seat; a mission going to a town, or working for a country, is not background
		{"mission seat ar", "ar", "وقعت وزيرة التعاون في نواكشوط اليوم اتفاقية منحة مع رئيس بعثة الاتحاد الأوروبي بداكار.", []string{"Nouakchott/MR/city"}},
		{"mission seat en", "en", "The minister signed a grant in Nouakchott on Monday with the head of the EU mission in Dakar.", []string{"Nouakchott/MR/city"}},
		{"mission travels ar", "ar", "وصلت بعثة صندوق النقد الدولي اليوم إلى القاهرة لمراجعة برنامج الإصلاح.", []string{"Cairo/EG/city"}},
		{"mission arrives en", "en", "An IMF mission arrived in Cairo on Monday for talks on the loan.", []string{"Cairo/EG/city"}},
		{"mission country ar", "ar", "أرسلت بعثة الاتحاد الإفريقي في الصومال مراقبين إلى مراكز الاقتراع.", []string{"Somalia/SO/country"}},
		// a minister "in" a country is its government's; a town after a minister stays
		{"minister's country ar", "ar", "استقبل رئيس الوزراء في بغداد اليوم وزيرة الصحة في كينيا.", []string{"Baghdad/IQ/city"}},
		{"minister in town kept ar", "ar", "استقبل وزير الخارجية في الرباط اليوم نظيره الليبي.", []string{"Rabat/MA/city"}},
		// a mission of a country named with "of"/"du" serves in the place after it; a preposition joins no list
		{"embassy genitive fr", "fr", "Des inondations au Niger ont fait vingt morts, selon un bilan publié lundi par l'ambassade du Niger au Mali.", []string{"Niger/NE/country"}},
		{"embassy genitive en", "en", "Floods in Niger killed twenty people, according to a toll from the embassy of Niger in Mali.", []string{"Niger/NE/country"}},
		{"list with prepositions fr", "fr", "Des inondations ont fait vingt morts lundi au Tchad et au Niger.", []string{"Chad/TD/country", "Niger/NE/country"}},
		// not every noun before a preposition is a topic
		{"office kept en", "en", "The minister received the delegation at his office in Muscat.", []string{"Muscat/OM/city"}},
		{"trade mission kept en", "en", "A trade mission to Kenya signed ten contracts.", []string{"Kenya/KE/country"}},
		// a message's recipient
		{"recipient ar", "ar", "وصل الوزير إلى الرباط ونقل تهاني الرئيس إلى قطر بعيدها الوطني.", []string{"Rabat/MA/city"}},
		{"recipient en", "en", "In Tunis, the minister sent congratulations to Oman on its national day.", []string{"Tunis/TN/city"}},
		// a later event, outside the opening sentence
		{"future ar", "ar", "اختتمت في عمان أعمال اللجنة المشتركة.\nواتفق الجانبان على عقد الدورة المقبلة في بغداد.", []string{"Amman/JO/city"}},
		{"future en", "en", "Leaders met in Lima on Monday.\nThe next summit will be held in Quito.", []string{"Lima/PE/city"}},
		{"future opening fr", "fr", "Le prochain sommet se tiendra à Niamey en décembre.", []string{"Niamey/NE/city"}},
		// an event of another year
		{"other year en", "en", "Donors met in Oslo on Tuesday.\nThey recalled the pledges made at a 2019 conference in Kuwait City.", []string{"Oslo/NO/city"}},
		{"this year en", "en", "A forum held in 2025 in Nairobi drew 40 countries.", []string{"Nairobi/KE/city"}},
		// a year after the place, bare or after "in" (not "since")
		{"year after en", "en", "The talks in Cairo come two years after a similar meeting was held in Doha in 2023.", []string{"Cairo/EG/city"}},
		{"year after fr", "fr", "Les ministres se sont réunis lundi à Rabat. Le Maroc avait déjà accueilli une rencontre similaire en Espagne en 2019.", []string{"Rabat/MA/city"}},
		{"year after ar", "ar", "اجتمع الوزراء اليوم في الرباط، بعد اجتماع مماثل عقد في الدوحة عام 2019.", []string{"Rabat/MA/city"}},
		{"since year kept en", "en", "Voters cast ballots on Tuesday in the first election held in Malawi since 2019.", []string{"Malawi/MW/country"}},
		// a correspondent's town is the scene
		{"correspondent ar", "ar", "قال مراسل الإذاعة في الخرطوم إن الاشتباكات تجددت اليوم.", []string{"Khartoum/SD/city"}},
		// a comparison, a trip home
		{"comparison ar", "ar", "افتتح الوزير في بنغازي محطة للطاقة الشمسية على غرار المحطات المقامة في المغرب.", []string{"Benghazi/LY/city"}},
		{"comparison en", "en", "The council approved the plan in Dakar, like similar schemes in Ghana.", []string{"Dakar/SN/city"}},
		{"return ar", "ar", "اختتم الرئيس زيارته إلى الكويت ثم عاد إلى بلاده ووصل إلى تونس مساء.", []string{"Kuwait/KW/country"}},
		{"return fr", "fr", "Le ministre a signé l'accord à Libreville avant son retour à Yaoundé.", []string{"Libreville/GA/city"}},
		// a country opening a quoted title is an outlet's name
		{"quoted outlet ar", "ar", "كتب الوزير في \"الأردن اليوم\" مقالا عن المحادثات في الرباط.", []string{"Rabat/MA/city"}},
		{"quoted outlet count ar", "ar", "أفادت \"تركيا اليوم\" بأن الوفد وصل إلى \"مصر\" مساء.", []string{"Egypt/EG/country"}},
		{"quoted outlet en", "en", "The minister wrote in \"Kenya Today\" that the talks in Doha went well.", []string{"Doha/QA/city"}},
		// a genitive after "to"
		{"genitive en", "en", "The fund met in Berlin, in addition to Norway's earlier grant.", []string{"Berlin/DE/city"}},
		// an office
		{"office ar", "ar", "استقبل رئيس جهة سوس ماسة في أكادير وفدا من المستثمرين.", []string{"Agadir/MA/city"}},
		{"office fr", "fr", "Le maire de Lyon a inauguré un pont à Marseille.", []string{"Marseille/FR/city"}},
		// a part of a country, without a preposition
		{"direction en", "en", "A strong earthquake struck southern Peru on Sunday, officials said.", []string{"Peru/PE/country"}},
		{"direction ar", "ar", "امتدت العواصف إلى مدن شمال تشاد والنيجر.", []string{"Chad/TD/country"}},
		// "where" after a country
		{"where ar", "ar", "غادر الوزير اليوم تونس حيث شارك في منتدى الاستثمار.", []string{"Tunisia/TN/country"}},
		{"where en", "en", "The minister left Ghana, where he attended a forum.", []string{"Ghana/GH/country"}},
		// a list inside an office's name does not share the choice of a country named before it
		{"office list ar", "ar", "وقعت في المغرب اليوم اتفاقية لتمويل مشاريع المياه، ووقعها عن البنك المدير الإقليمي لدائرة المغرب والجزائر.", []string{"Morocco/MA/country"}},
		{"office list en", "en", "A water loan was signed in Kenya on Monday by the minister and the lender's regional director for Kenya and Uganda.", []string{"Kenya/KE/country"}},
		{"office list fr", "fr", "Un prêt a été signé lundi au Sénégal par le ministre et le directeur des opérations pour le Sénégal et la Gambie.", []string{"Senegal/SN/country"}},
		// by count, a country named only after background prepositions does not outweigh the one the text goes to
		{"count without background ar", "ar", "يتوجه الرئيس التونسي اليوم الاثنين صوب الجزائر للمشاركة في احتفالات عيد الاستقلال. وتحدث الرئيس قبل مغادرته عن الأوضاع في تونس وعن الأزمة في تونس، وقال إن الجزائر شريك أساسي. وأشار إلى تطورات الوضع في تونس.", []string{"Algeria/DZ/country"}},
		{"count without background en", "en", "The Tunisian president heads for Algeria today for the independence celebrations. Before leaving he spoke of the crisis in Tunisia, the unrest in Tunisia and the situation in Tunisia, and said Algeria was a close partner.", []string{"Algeria/DZ/country"}},
		{"count without background fr", "fr", "Le président tunisien se rend aujourd'hui chez son voisin, l'Algérie, pour les fêtes de l'indépendance. Avant son départ, il a évoqué la crise en Tunisie, les violences en Tunisie et la stabilité en Tunisie, et a dit que l'Algérie était un partenaire.", []string{"Algeria/DZ/country"}},
		// a pair of countries in a bilateral frame gives no place by count
		{"bilateral ar", "ar", "بحث الوزيران سبل تطوير التعاون بين البلدين الشقيقين تونس وليبيا، وأكد وزير ليبيا دعم تونس.", nil},
		// of a bilateral pair, the one whose town the text names (even in a past event) is the place
		{"bilateral town ar", "ar", "بحث الوزيران سبل تطوير العلاقات بين البلدين الجارين الأردن والعراق، وأكد وزير الأردن دعم العراق لتنفيذ الاتفاقية التي وقعت في بغداد العام الماضي.", []string{"Iraq/IQ/country"}},
		{"bilateral town en", "en", "The ministers discussed cooperation between Chad and Niger on Monday. The minister of Niger praised Chad for the accord, which was signed in N'Djamena last year.", []string{"Chad/TD/country"}},
		{"bilateral town fr", "fr", "Les ministres ont examiné lundi la coopération entre ces deux pays, le Mali et le Sénégal. Le ministre du Sénégal a salué le Mali pour l'accord qui a été signé à Bamako l'an dernier.", []string{"Mali/ML/country"}},
		// the direct object of a visit verb is the place; a pair after "between" spreads no choice
		{"visited ar", "ar", "زار الرئيس التونسي الجزائر اليوم والتقى نظيره. وبحث الرئيسان تطوير العلاقات بين تونس والجزائر، كما ناقشا الأوضاع في تونس وليبيا. وقال الرئيس إن تونس تقدر دعم الجزائر، مؤكدا أن تونس لن تنسى.", []string{"Algeria/DZ/country"}},
		{"visited en", "en", "The Tunisian president visited Algeria on Monday. He said Tunisia valued ties and that Tunisia would deepen trade, adding that Tunisia and Libya faced shared risks.", []string{"Algeria/DZ/country"}},
		{"visited fr", "fr", "Le président tunisien a visité l'Algérie lundi. Il a dit que la Tunisie tenait à ces liens et que la Tunisie renforcerait ses échanges, la Tunisie et la Libye faisant face aux mêmes risques.", []string{"Algeria/DZ/country"}},
		{"visitor's office ar", "ar", "زار رئيس وزراء تونس اليوم مصنعا للسيارات في سوسة.", []string{"Sousse/TN/city"}},
		{"past visit ar", "ar", "زار الرئيس الجزائر العام الماضي، واستقبل اليوم في نواكشوط وفدا جزائريا.", []string{"Nouakchott/MR/city"}},
		{"list with article en", "en", "Storms killed 40 people in Portugal, the Netherlands and Belgium on Monday.", []string{"Portugal/PT/country", "Netherlands/NL/country", "Belgium/BE/country"}},
		{"bilateral comma en", "en", "Ministers discussed cooperation between the two countries, Chad and Niger, on Monday. The minister of Niger praised Chad for the accord, which was signed in N'Djamena last year.", []string{"Chad/TD/country"}},
		// the visitor's own country, after "من" or a governing noun, is not the visited one; two names side by side are no list
		{"visitor's origin ar", "ar", "زار وفد من قطر الكويت اليوم لبحث التعاون.", []string{"Kuwait/KW/country"}},
		{"visitor's minister ar", "ar", "زار وزير خارجية قطر الكويت اليوم لبحث التعاون.", []string{"Kuwait/KW/country"}},
		{"visitor by name ar", "ar", "زار قيس سعيد الجزائر اليوم والتقى نظيره.", []string{"Algeria/DZ/country"}},
		// "countries" is a pair word only as "the two countries"
		{"list after countries en", "en", "The service opened on Tuesday in nine countries, among them Japan, Brazil, the Netherlands, Mexico and Kenya.", []string{"Japan/JP/country", "Brazil/BR/country", "Netherlands/NL/country", "Mexico/MX/country", "Kenya/KE/country"}},
		// the state an envoy serves does not count towards the country named most
		{"envoy's state fr", "fr", "Le ministre a reçu lundi l'ambassadeur de Chine au Sénégal.", nil},
		{"envoy's state ar", "ar", "استقبل وزير الخارجية اليوم سفير اليابان لدى المغرب.", []string{"Morocco/MA/country"}},
		{"envoy's state en", "en", "The minister received China's ambassador to Kenya on Monday.", nil},
		// a territory's bare name, once the territory is named, stands for it
		{"territory en", "en", "Floods swept the province of Zamboanga Peninsula in the Philippines on Monday, and relief teams reached homes in Zamboanga by night.", []string{"Philippines/PH/country"}},
		// "الجزيرة" (island, peninsula, a channel) is no town; after "ولاية" it is the Sudanese state
		{"island word ar", "ar", "عرضت قناة الجزيرة في الدوحة تقريرا عن شبه الجزيرة العربية.", []string{"Doha/QA/city"}},
		{"island state ar", "ar", "زار الوزير ولاية الجزيرة لتفقد المشاريع.", []string{"Sudan/SD/country"}},
		// a settlement too small for the gazetteer, in the country of the other places
		{"township en", "en", "A landslide buried homes in Hpakant Township in Kachin State, Myanmar, on Monday.", []string{"Myanmar (Burma)/MM/country", "Hpakant/MM/city"}},
		{"village name only en", "en", "Athletes arrived at the Olympic Village in Paris.", []string{"Paris/FR/city"}},
		{"disaster pair ar", "ar", "أودت الأمطار التي ضربت كينيا وتنزانيا بحياة عشرين شخصا.", []string{"Kenya/KE/country", "Tanzania/TZ/country"}},
		// a country named once past the first two sentences, in a sentence telling no event, is background
		{"once, no event ar", "ar", "افتتح وزير الثقافة اليوم في الرباط الدورة الجديدة لمعرض الكتاب. ويشارك في المعرض أكثر من سبعمئة ناشر. وذكر الوزير أن الكتاب المغربي يلقى إقبالا كبيرا في إسبانيا. وتستمر فعاليات المعرض عشرة أيام. وتنظم على هامشه ندوات فكرية وأمسيات شعرية. ويخصص المعرض جناحا لأدب الطفل. كما يحتفي بعدد من الكتاب الراحلين. ويتوقع المنظمون أن يتجاوز عدد الزوار نصف مليون.", []string{"Rabat/MA/city"}},
		{"once, no event en", "en", "Culture ministers opened a book fair in Rabat on Monday. More than 700 publishers are taking part. Moroccan novels sell well in Spain, the minister said. The fair runs for ten days. Readings and debates are planned each evening. A children's wing is new this year. Organisers expect half a million visitors over the ten days of the fair.", []string{"Rabat/MA/city"}},
		{"once, event kept en", "en", "Culture ministers opened a book fair in Rabat on Monday. More than 700 publishers are taking part. In Spain, a sister fair opened the same day in Madrid's old town. The fair runs for ten days. Readings and debates are planned each evening. A children's wing is new this year. Organisers expect half a million visitors over the ten days of the fair.", []string{"Rabat/MA/city", "Madrid/ES/city", "Spain/ES/country"}},
		{"second sentence kept ar", "ar", "افتتح وزير الثقافة اليوم في الرباط الدورة الجديدة لمعرض الكتاب. ويحل الكتاب المغاربة ضيوفا على معرض مماثل في إسبانيا. وتستمر فعاليات المعرض عشرة أيام. وتنظم على هامشه ندوات فكرية وأمسيات شعرية. ويخصص المعرض جناحا لأدب الطفل. كما يحتفي بعدد من الكتاب الراحلين. ويتوقع المنظمون أن يتجاوز عدد الزوار نصف مليون.", []string{"Rabat/MA/city", "Spain/ES/country"}},
	}
	ex := places.New(places.Default())
	for i, tt := range tests {
		t.Run(fmt.Sprintf("%02d_%s", i, tt.name), func(t *testing.T) {
			res := ex.Extract(extractors.NewDocument(tt.text, tt.lang, published))
			var got []string
			for _, p := range res.Locations {
				got = append(got, p.Name+"/"+p.Country+"/"+p.Kind)
			}
			if strings.Join(got, " ") != strings.Join(tt.locations, " ") {
				t.Errorf("Extract(%q).Locations = %v, want %v", tt.text, got, tt.locations)
			}
		})
	}
}
