package attendees_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/places"
)

var (
	testGaz    = places.Default()
	testPlaces = places.New(testGaz)
	testEx     = attendees.New(testGaz)
)

func extract(text, lang string) attendees.Result {
	doc := extractors.NewDocument(text, lang, time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC))
	return testEx.Extract(doc, testPlaces.Extract(doc))
}

// people renders each person as "name | role".
func people(r attendees.Result) []string {
	out := []string{}
	for _, p := range r.People {
		out = append(out, p.Name+" | "+p.Role)
	}
	return out
}

func orgs(r attendees.Result) []string {
	out := []string{}
	for _, o := range r.Organizations {
		out = append(out, o.Text)
	}
	return out
}

func countries(r attendees.Result) []string {
	out := []string{}
	for _, c := range r.Countries {
		out = append(out, c.Code)
	}
	slices.Sort(out)
	return out
}

// TestPeople covers the apposition patterns of each language.
func TestPeople(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		// Arabic: ROLE NAME
		{"ar role name", "ar", "استقبل وزير الخارجية ناصر بوريطة نظيره الموريتاني في الرباط.", []string{"ناصر بوريطة | وزير الخارجية"}},
		{"ar role name feminine", "ar", "وقعت وزيرة التخطيط هالة السعيد اتفاقا جديدا أمس.", []string{"هالة السعيد | وزيرة التخطيط"}},
		{"ar role name ends at verb", "ar", "قال رئيس الوزراء أحمد الحسيني إن الحكومة ماضية في الإصلاح.", []string{"أحمد الحسيني | رئيس الوزراء"}},
		{"ar role with place", "ar", "التقى سفير المملكة لدى القاهرة يوسف المالكي عددا من المسؤولين.", []string{"يوسف المالكي | سفير المملكة لدى القاهرة"}},
		{"ar role comma name", "ar", "وحضر اللقاء مدير إدارة التعاون الدولي بوزارة المالية، كريم الهاشمي، وعدد من المسؤولين.", []string{"كريم الهاشمي | مدير إدارة التعاون الدولي بوزارة المالية"}},
		{"ar role comma name comma role comma name", "ar", "وقع الاتفاقية وزير الاقتصاد، سمير الفارس، والمدير الإقليمي للبنك، ليلى الخطيب، في العاصمة.", []string{"سمير الفارس | وزير الاقتصاد", "ليلى الخطيب | المدير الإقليمي للبنك"}},
		{"ar name comma role", "ar", "وشارك في الاجتماع طارق الزين، سفير الاتحاد الأوروبي لدى عمان.", []string{"طارق الزين | سفير الاتحاد الأوروبي لدى عمان"}},
		{"ar name role no comma", "ar", "وحضر الحفل وليد إبراهيم النجار مستشار رئيس الجمهورية.", []string{"وليد إبراهيم النجار | مستشار رئيس الجمهورية"}},
		{"ar particles bin al", "ar", "استقبل ولي العهد الأمير سلمان بن حمد آل خليفة وفدا برلمانيا.", []string{"سلمان بن حمد آل خليفة | ولي العهد"}},
		{"ar honorific not role", "ar", "وألقى الدكتور عمر الخياط كلمة في الافتتاح.", []string{"عمر الخياط | "}},
		{"ar honorific before role", "ar", "استقبل معالي وزير الصحة الدكتور فهد الجلاجل وفد المنظمة.", []string{"فهد الجلاجل | وزير الصحة"}},
		{"ar prince then role", "ar", "استقبل صاحب السمو الملكي الأمير فيصل بن خالد، أمير المنطقة، الوفد الزائر.", []string{"فيصل بن خالد | أمير المنطقة"}},
		{"ar king", "ar", "ترأس جلالة الملك محمد السادس مجلسا وزاريا بالقصر الملكي.", []string{"محمد السادس | الملك"}},
		{"ar sheikh as role", "ar", "استقبل الشيخ تميم بن حمد وزير الخارجية الفرنسي في الدوحة.", []string{"تميم بن حمد | الشيخ"}},
		{"ar abd compound", "ar", "أكد رئيس الحكومة عبد الإله الكبير أن الموسم الفلاحي جيد.", []string{"عبد الإله الكبير | رئيس الحكومة"}},
		{"ar abu particle", "ar", "وحضر النائب الأسبق خليل أبو زيد الجلسة.", []string{"خليل أبو زيد | النائب الأسبق"}},
		{"ar compound given name", "ar", "التقى وزير الداخلية نور الدين بوطيب رؤساء الجهات.", []string{"نور الدين بوطيب | وزير الداخلية"}},
		{"ar title chain", "ar", "ترأس نائب رئيس الوزراء وزير الخارجية أيمن العلي الاجتماع.", []string{"أيمن العلي | نائب رئيس الوزراء وزير الخارجية"}},
		{"ar two people with و", "ar", "بحضور وزير النقل محمد عبد الجليل ووزير الطاقة ليلى بنعلي.", []string{"محمد عبد الجليل | وزير النقل", "ليلى بنعلي | وزير الطاقة"}},
		{"ar list of bare names", "ar", "وضمت القائمة كلا من الوزير الأسبق سامي الحداد، ورامي العلي، والدكتورة سلوى المصري.", []string{"سامي الحداد | الوزير الأسبق", "رامي العلي | ", "سلوى المصري | "}},
		{"ar unnamed official gives no person", "ar", "وصل وزير الخارجية الأمريكي إلى الرياض مساء اليوم.", []string{}},
		{"ar byline left out", "ar", "كتب: سامر الحلبي\nاستقبل وزير المالية خالد العمري وفد البنك الدولي.", []string{"خالد العمري | وزير المالية"}},
		{"ar proclitic on name", "ar", "خلال لقائها بمارك فيلبس، سفير كندا لدى القاهرة.", []string{"مارك فيلبس | سفير كندا لدى القاهرة"}},
		{"ar spokesman", "ar", "وقال الناطق الرسمي باسم الحكومة مصطفى بايتاس إن الإجراءات مستمرة.", []string{"مصطفى بايتاس | الناطق الرسمي باسم الحكومة"}},
		{"ar blessing is no name", "ar", "وسأل جلالة الملك، حفظه الله، السيد الوزير عن نتائج الموسم.", []string{}},
		{"ar time word ends name", "ar", "وصل رئيس الجمهورية عبد الفتاح السيسي اليوم إلى نيودلهي.", []string{"عبد الفتاح السيسي | رئيس الجمهورية"}},
		{"ar counterpart", "ar", "استقبل وزير الخارجية سامي العمر نظيره التونسي نبيل عمار.", []string{"سامي العمر | وزير الخارجية", "نبيل عمار | نظيره التونسي"}},
		{"ar object noun is no name", "ar", "وعرض وزير المالية تفاصيل الميزانية أمام البرلمان.", []string{}},
		{"ar noun in -a is no name", "ar", "وقدم وزير التخطيط خطة التنمية الجديدة للحكومة.", []string{}},
		{"ar foreign name after comma", "ar", "وحضر اللقاء سفير اليابان، كينجي تاناكا، والوفد المرافق له.", []string{"كينجي تاناكا | سفير اليابان"}},
		{"ar quoted name", "ar", "وأعلنت وزيرة الاستثمار، «ليلى حداد»، توقيع الاتفاقية.", []string{"ليلى حداد | وزيرة الاستثمار"}},
		{"ar unknown name set off by commas", "ar", "استقبل رئيس الوزراء، اليوم، جوناثان كارتر، نائب رئيس البنك الدولي، والوفد المرافق له.", []string{"جوناثان كارتر | نائب رئيس البنك الدولي"}},
		{"ar glued preposition is no name", "ar", "والتقى المدير العام للصندوق بمقر إقامته عددا من المسؤولين.", []string{}},
		{"ar general director", "ar", "وأشادت كريمة بنعلي، مديرة عامة صندوق التنمية، بالإصلاحات.", []string{"كريمة بنعلي | مديرة عامة صندوق التنمية"}},
		{"ar protocol title in a role", "ar", "وحضر اللقاء سفير خادم الحرمين الشريفين لدى فرنسا الأمير فهد بن محمد.", []string{"فهد بن محمد | سفير خادم الحرمين الشريفين لدى فرنسا"}},
		{"ar speaker without title", "ar", "وقال سامي العلي إن المشروع سينطلق في الربيع.", []string{"سامي العلي | "}},
		{"ar speaker is a common noun", "ar", "وقال مصدر مطلع إن المشروع سينطلق في الربيع.", []string{}},
		{"ar family name that is a title", "ar", "شهد اللقاء حضور سامي القاضي، رئيس غرفة التجارة، وعدد من رجال الأعمال.", []string{"سامي القاضي | رئيس غرفة التجارة"}},
		{"ar unknown speaker name before office", "ar", "وقال كوفي أنان الأمين العام السابق للأمم المتحدة إن الحل سياسي.", []string{"كوفي أنان | الأمين العام السابق للأمم المتحدة"}},
		{"ar director general", "ar", "أعلن المدير العام للمنظمة تيدروس أدهانوم عن خطة جديدة.", []string{"تيدروس أدهانوم | المدير العام للمنظمة"}},
		{"ar secretary general", "ar", "دعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إلى التهدئة.", []string{"أحمد أبو الغيط | الأمين العام لجامعة الدول العربية"}},
		{"ar crown prince then honorific", "ar", "ورافقه ولي العهد صاحب السمو الملكي الأمير الحسين بن عبدالله.", []string{"الحسين بن عبدالله | ولي العهد"}},
		// English
		{"en role name", "en", "Foreign Minister Ayman Safadi met his Egyptian counterpart on Sunday.", []string{"Ayman Safadi | Foreign Minister"}},
		{"en role of name", "en", "The agreement was signed by the Minister of Industry and Trade Karim Haddad and the bank's director.", []string{"Karim Haddad | Minister of Industry and Trade"}},
		{"en name comma role", "en", "Laura Bennett, director of the regional office, said the grant would cover schools.", []string{"Laura Bennett | director of the regional office"}},
		{"en name comma the role", "en", "Omar Rahman, the minister of state for foreign trade, welcomed the delegation.", []string{"Omar Rahman | minister of state for foreign trade"}},
		{"en role comma name", "en", "Parliament Speaker, Salem Haddad, opened the session.", []string{"Salem Haddad | Parliament Speaker"}},
		{"en honorific", "en", "Mr. John Carter, Chief Executive of the company, attended the ceremony.", []string{"John Carter | Chief Executive of the company"}},
		{"en weekday ends name", "en", "Prime Minister Nabil Haddad Monday welcomed the delegation.", []string{"Nabil Haddad | Prime Minister"}},
		{"en secretary of state", "en", "U.S. Secretary of State Antony Carter arrived in Riyadh.", []string{"Antony Carter | U.S. Secretary of State"}},
		{"en surname alone merges", "en", "President Emmanuel Durand received the envoy. Later, President Durand spoke to reporters.", []string{"Emmanuel Durand | President"}},
		{"en surname alone is dropped", "en", "\"We agreed with President Smith,\" she said.", []string{}},
		{"en byline", "en", "By John Walker\nMinister of Finance Ali Hassan signed the loan.", []string{"Ali Hassan | Minister of Finance"}},
		{"en hyphenated name", "en", "The meeting was chaired by UN chief Ban Ki-moon in Kuwait.", []string{"Ban Ki-moon | UN chief"}},
		{"en editor line left out", "en", "President Maria Lopes visited the port.\n(Web editor: Chen Wei, Li Na)", []string{"Maria Lopes | President"}},
		{"en sheikh then role", "en", "Sheikh Hamad Al Thani, the Emir of Qatar, opened the forum.", []string{"Hamad Al Thani | Emir of Qatar"}},
		{"en background leadership", "en", "Relations deepened under the wise leadership of the late King Hassan II, the minister recalled.", []string{}},
		{"en king", "en", "King Mohammed VI chaired a council of ministers in Rabat.", []string{"Mohammed VI | King"}},
		{"en al particle", "en", "Iraqi cleric Ammar al-Hakim called for calm.", []string{"Ammar al-Hakim | Iraqi cleric"}},
		{"en spokesman for agency", "en", "Karim Nasser, spokesman for the Civil Defence, said rescue teams were deployed.", []string{"Karim Nasser | spokesman for the Civil Defence"}},
		{"en ceo", "en", "Alstom CEO Henri Lafont signed the contract with the railway office.", []string{"Henri Lafont | Alstom CEO"}},
		{"en unnamed minister", "en", "The minister said the plan was ambitious and would be funded by the state.", []string{}},
		{"fr unnamed minister", "fr", "Le ministre a présenté le projet devant les députés.", []string{}},
		{"en road named after a ruler", "en", "Traffic was diverted from Sheikh Zayed Road after the accident.", []string{}},
		{"ar street named after a king", "ar", "وأغلقت السلطات شارع الملك فهد أمام حركة السير.", []string{}},
		{"en month as family name", "en", "Prime Minister Helen May on Wednesday received the delegation.", []string{"Helen May | Prime Minister"}},
		{"en rank ends a role", "en", "Emir of Qatar Sheikh Hamad Al Thani held talks with the visiting Saudi Ambassador to Kuwait Prince Sultan bin Fahd.", []string{"Hamad Al Thani | Emir of Qatar", "Sultan bin Fahd | Saudi Ambassador to Kuwait"}},
		{"en bare name with given name", "en", "The plan was backed by Barack Obama and other leaders.", []string{"Barack Obama | "}},
		{"en two roles and names", "en", "Finance Minister Ahmed Kouchouk and Planning Minister Rania Mashat signed the deal.", []string{"Ahmed Kouchouk | Finance Minister", "Rania Mashat | Planning Minister"}},
		{"en lower-case qualifiers before the office", "en", "Omar Salih, interior and local government minister of the region, said 20 people died.", []string{"Omar Salih | minister of the region"}},
		{"en name (role)", "en", "Samira Khalil (Director General of the agency) presented the report.", []string{"Samira Khalil | Director General of the agency"}},
		// French
		{"fr role name", "fr", "Le ministre de l’Économie Nadia Fettah a présenté le projet de loi.", []string{"Nadia Fettah | ministre de l’Économie"}},
		{"fr role adjective name", "fr", "La ministre française de la Culture Catherine Durand a signé l'accord.", []string{"Catherine Durand | ministre française de la Culture"}},
		{"fr name comma role", "fr", "Karim Benali, président de la commission, a annoncé les résultats.", []string{"Karim Benali | président de la commission"}},
		{"fr name comma le role", "fr", "Olaf Berg, le Premier ministre norvégien, a salué l’accord.", []string{"Olaf Berg | Premier ministre norvégien"}},
		{"fr role comma name", "fr", "Le porte-parole du gouvernement, Mustapha Baitas, a répondu aux questions.", []string{"Mustapha Baitas | porte-parole du gouvernement"}},
		{"fr honorific and king", "fr", "Sa Majesté le Roi Hassan II recevait ce jour-là les ambassadeurs.", []string{"Hassan II | Roi"}},
		{"fr sortant", "fr", "Le président sortant Ali Mansour est largement réélu.", []string{"Ali Mansour | président sortant"}},
		{"fr counterpart", "fr", "Le Président Abdelkader Salah a reçu son homologue malien, Assimi Keita.", []string{"Abdelkader Salah | Président", "Assimi Keita | homologue malien"}},
		{"fr M. honorific", "fr", "M. Jean Moreau, directeur général de l’agence, a signé la convention.", []string{"Jean Moreau | directeur général de l’agence"}},
		{"fr title with commas", "fr", "Le ministre de l’Énergie, des Mines et de l’Eau, Karim Haddou, a inauguré la centrale.", []string{"Karim Haddou | ministre de l’Énergie, des Mines et de l’Eau"}},
		{"fr capitalized qualifier", "fr", "Il a reçu M. Paul Martin, Représentant Spécial de l’Union pour le Sahel, en visite de travail.", []string{"Paul Martin | Représentant Spécial de l’Union pour le Sahel"}},
		{"fr particle then rank", "fr", "Le ministre de la Santé, M. Ahmed Ould Cheikh Sidi, a visité l’hôpital.", []string{"Ahmed Ould Cheikh Sidi | ministre de la Santé"}},
		{"fr verb a is no preposition", "fr", "Le président de la commission a annoncé les résultats.", []string{}},
		{"en title with commas", "en", "The deal was signed by the Minister of Energy, Mines and Water, Omar Khalil, on Sunday.", []string{"Omar Khalil | Minister of Energy, Mines and Water"}},
		{"fr adjective after office", "fr", "Le candidat écologiste Paul Hollande a obtenu 12 % des voix.", []string{"Paul Hollande | candidat écologiste"}},
		{"fr particle le", "fr", "Au second tour, Marie Le Goff affrontera le maire sortant.", []string{"Marie Le Goff | "}},
		{"fr bare names", "fr", "Il devance Ayachi Zammel, qui a obtenu 7 % des voix.", []string{"Ayachi Zammel | "}},
		// names set off by slashes or quotes, ranks between role and name
		{"ar name between slashes", "ar", "التقى وزير المالية الدكتور/ كمال الزين/ أمس وفد البنك.", []string{"كمال الزين | وزير المالية"}},
		{"ar quoted name before its role", "ar", `وقع "كريم بوزيد"، رئيس بلدية المدينة، اتفاقية توأمة.`, []string{"كريم بوزيد | رئيس بلدية المدينة"}},
		{"ar surname with lam", "ar", "وكان في استقباله وزير الداخلية سامي لعرايشة.", []string{"سامي لعرايشة | وزير الداخلية"}},
		{"ar office with a preposition is another's", "ar", "التقى وزير الخارجية المغربي بالرئيس سعيد الحداد في القصر.", []string{"سعيد الحداد | الرئيس"}},
		{"ar addressee left out", "ar", "سلم الوزير رسالة موجهة لخادم الحرمين الشريفين الملك فهد بن عبد العزيز.", []string{}},
		{"ar represented president left out", "ar", "وصل الوزير إلى المدينة ممثلا للرئيس سامي الحداد.", []string{}},
		{"ar object after name and role", "ar", "وقعت الدكتورة ليلى حداد، وزيرة الاستثمار، مع السيد مارك ديفيس، السفير البريطاني لدى الأردن، مذكرات لثلاثة مشاريع جديدة.", []string{"ليلى حداد | وزيرة الاستثمار", "مارك ديفيس | السفير البريطاني لدى الأردن"}},
		{"en possessive role after name, next pair", "en", "Officials met in Lahore.\n\nNadir Qamar Zaheer Din, Pakistan's Water Resources Division Secretary, Min Jae, the bank's country director signed the loan on Monday.", []string{"Nadir Qamar Zaheer Din | Pakistan's Water Resources Division Secretary", "Min Jae | director"}},
		{"en rank with a note between role and name", "en", "He was joined by prime minister, Brigadier (Ret'd), Paul Kibet; and others.", []string{"Paul Kibet | prime minister"}},
		{"en lower-case complement after and", "en", "He was joined by the minister of trade and industry, Kamau Otieno and several officials.", []string{"Kamau Otieno | minister of trade and industry"}},
		{"fr person inside an airport name", "fr", "Le président a été accueilli à l’aéroport Jean-Marc Kouadio de la capitale.", []string{}},
		{"ar name with its office before leaves the next role to its holder", "ar", "واستقبل رئيس الجمهورية، عادل الحسن، وزير الخارجية الفرنسي، ماتيو كارون، في القصر.", []string{"عادل الحسن | رئيس الجمهورية", "ماتيو كارون | وزير الخارجية الفرنسي"}},
		{"ar addressee met in person elsewhere", "ar", "واستقبل الرئيس سامي الحداد الوفد، وسلمه الوفد رسالة موجهة للرئيس سامي الحداد من نظيره.", []string{"سامي الحداد | الرئيس"}},
		{"fr first lady named like a country", "fr", "Le président a reçu la Première dame, Dominique Kaboré, au palais.", []string{"Dominique Kaboré | Première dame"}},
		{"fr spouse before a name", "fr", "Accompagné de son épouse, Mariam Sita Diallo, Jean Kaboré est arrivé lundi.", []string{"Mariam Sita Diallo | épouse", "Jean Kaboré | "}},
		{"ar ali written with alef maqsura", "ar", "واستقبل الوزير سفير جمهورية باكستان على رضا خان في مكتبه.", []string{"على رضا خان | سفير جمهورية باكستان"}},
		{"ar preposition ala is no name", "ar", "وعقد وزير الخارجية لقاء على هامش القمة.", []string{}},
		{"fr signature on the last line", "fr", "Le ministre Paul Kaboré a inauguré le pont.\nAminata Traoré", []string{"Paul Kaboré | ministre"}},
		// second round: full role phrases
		{"ar deputy governs the office with lam", "ar", "وأكد النائب الأول لرئيس الوزراء الشيخ راشد بن حمود أهمية المشروع.", []string{"راشد بن حمود | النائب الأول لرئيس الوزراء"}},
		{"ar chain of offices held together", "ar", "واستقبل ولي عهد مملكة البحرين نائب القائد الأعلى الأمير فيصل بن خالد الوفد.", []string{"فيصل بن خالد | ولي عهد مملكة البحرين نائب القائد الأعلى"}},
		{"ar adviser to the secretary general", "ar", "وقال المستشار الخاص للأمين العام سليم بن عمر إن المفاوضات مستمرة.", []string{"سليم بن عمر | المستشار الخاص للأمين العام"}},
		{"ar protocol title opens the role", "ar", "واستقبل خادم الحرمين الشريفين الملك فهد بن سعود وفدا من رجال الأعمال.", []string{"فهد بن سعود | خادم الحرمين الشريفين الملك"}},
		{"ar region of two places in a role", "ar", "وحضر مدير البنك الإسلامي لمنطقة غرب آسيا وشمال إفريقيا سامر الخوري الجلسة.", []string{"سامر الخوري | مدير البنك الإسلامي لمنطقة غرب آسيا وشمال إفريقيا"}},
		{"ar text cut inside a name", "ar", "وحضر الاجتماع وزير الزراعة نادر الشامي وزير الصناعة هشام ال", []string{"نادر الشامي | وزير الزراعة", "هشام | وزير الصناعة"}},
		{"ar senator with a foreign name", "ar", "والتقى الوزير السيناتور الأمريكي توماس رايلي في مكتبه.", []string{"توماس رايلي | السيناتور الأمريكي"}},
		{"ar list of roles set off by commas, each before its name", "ar", "وحضر التدشين وزيرة البيئة، هدى المرزوقي، ووالي قابس، نزار العكرمي، ورئيس بلدية قابس، عماد الزواري.", []string{"هدى المرزوقي | وزيرة البيئة", "نزار العكرمي | والي قابس", "عماد الزواري | رئيس بلدية قابس"}},
		{"ar construct office takes an unknown town before the name", "ar", "وحضر الافتتاح والي قفصة، رضا الحمروني.", []string{"رضا الحمروني | والي قفصة"}},
		{"ar construct office, unknown town, no comma", "ar", "وتفقد والي توزر نبيل الفرجاني المشروع.", []string{"نبيل الفرجاني | والي توزر"}},
		{"ar unknown word before a place is no name", "ar", "وأعلن المتحدث أن الوزير سيزور أنقرة الأسبوع المقبل.", []string{}},
		{"ar fuller office of two mentions", "ar", "واستقبل الرئيس منير الساحلي الوفد. وأكد رئيس الجمهورية منير الساحلي دعم المشروع.", []string{"منير الساحلي | رئيس الجمهورية"}},
		{"en fuller office of two mentions", "en", "President Clara Voss arrived on Monday. Later, Federal President Clara Voss opened the fair.", []string{"Clara Voss | Federal President"}},
		{"ar honorific with ba opens the object", "ar", "والتقى الوزير بالسيد كمال الرفاعي في مكتبه.", []string{"كمال الرفاعي | "}},
		{"ar honorific after a bare subject is the guest", "ar", "واستقبل الوزير السيد كمال الرفاعي أمس.", []string{"كمال الرفاعي | "}},
		{"ar foreign family name starting with waw", "ar", "والتقى السفير بالسيد مارتن وينستون في السفارة.", []string{"مارتن وينستون | "}},
		{"ar waw before a known given name is a list", "ar", "وحضر الوزير سامي العلي وخالد الحسن.", []string{"سامي العلي | الوزير", "خالد الحسن | "}},
		{"ar prime minister of a named country", "ar", "واستقبل الرئيس رئيس وزراء ماليزيا عارف الدين رشيد في القصر.", []string{"عارف الدين رشيد | رئيس وزراء ماليزيا"}},
		// second round: background people by clause type
		{"ar patron of the event", "ar", "وافتتح وزير الثقافة نبيل الراشد المعرض تحت رعاية الملك فيصل الثالث.", []string{"نبيل الراشد | وزير الثقافة"}},
		{"ar callers are background", "ar", "وتلقى رئيس الوزراء سامي العلي اتصالات هاتفية من الرئيس الغاني كوفي منساه للتهنئة.", []string{"سامي العلي | رئيس الوزراء"}},
		{"ar one bilateral call keeps the other party", "ar", "وأجرى الرئيس طارق المهدي اتصالا هاتفيا مع الرئيس الغاني كوفي منساه.", []string{"طارق المهدي | الرئيس", "كوفي منساه | الرئيس الغاني"}},
		{"ar sender of a cable of congratulations", "ar", "وبعث الرئيس طارق المهدي برقية تهنئة إلى الملك حمد الرابع.", []string{"طارق المهدي | الرئيس"}},
		{"ar ruler whose directives are followed", "ar", "وتنفيذا لتوجيهات الملك حسن الرابع، وزع وزير الصحة نبيل العلوي المساعدات.", []string{"نبيل العلوي | وزير الصحة"}},
		{"en ruler whose directives are followed", "en", "Following the directives of President Omar Tahiri, Health Minister Lina Haddad opened the clinic.", []string{"Lina Haddad | Health Minister"}},
		{"en patronage formula", "en", "Under the patronage of King Idris Malouf, Finance Minister Dana Kerr opened the fair.", []string{"Dana Kerr | Finance Minister"}},
		{"ar person inside a hall's name", "ar", "وعقد وزير النقل رامي الخطيب لقاء في قاعة الملك فهد الكبرى.", []string{"رامي الخطيب | وزير النقل"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := people(extract(tt.text, tt.lang))
			if !slices.Equal(got, tt.want) {
				t.Errorf("people(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestOrganizations covers lexicon bodies, bodies found by pattern,
// acronyms and the bodies that do not take part.
func TestOrganizations(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"ar lexicon", "ar", "وقع المغرب اتفاقية مع البنك الإفريقي للتنمية لتمويل مشاريع الماء.", []string{"البنك الإفريقي للتنمية"}},
		{"ar proclitic stripped", "ar", "وقدمت السعودية منحة لوزارة الصحة اليمنية وللبنك الدولي.", []string{"وزارة الصحة اليمنية", "للبنك الدولي"}},
		{"ar ministry pattern", "ar", "أعلنت وزارة الشؤون الخارجية والتعاون الدولي عن برنامج الزيارة.", []string{"وزارة الشؤون الخارجية والتعاون الدولي"}},
		{"ar authority pattern", "ar", "أعلنت الهيئة العامة للأرصاد الجوية عن موجة حر.", []string{"الهيئة العامة للأرصاد الجوية"}},
		{"ar quoted acronym listed too", "ar", "ويشارك حلف شمال الأطلسي “الناتو” في المناورات.", []string{"حلف شمال الأطلسي", "الناتو"}},
		{"ar short name alone", "ar", "وأكد الناتو استعداده للمشاركة.", []string{"الناتو"}},
		{"ar arab league both names", "ar", "عقد مجلس جامعة الدول العربية دورته، وأكدت الجامعة العربية دعمها.", []string{"مجلس جامعة الدول العربية", "الجامعة العربية"}},
		{"ar list after participation frame", "ar", "كما يشارك في الاجتماع الاتحاد الأوروبي، والاتحاد الإفريقي، ومنظمة التعاون الإسلامي.", []string{"الاتحاد الأوروبي", "الاتحاد الإفريقي", "منظمة التعاون الإسلامي"}},
		{"ar outlet left out", "ar", "ذكرت وكالة الأنباء السعودية أن صندوق النقد الدولي وافق على القرض.", []string{"صندوق النقد الدولي"}},
		{"ar adversary left out", "ar", "يواصل التحالف الدولي ضد داعش عملياته ضد تنظيم داعش.", []string{"التحالف الدولي ضد داعش"}},
		{"ar government with demonym", "ar", "صادق البرلمان على اتفاق بين الحكومة المغربية والبنك الأوروبي للاستثمار.", []string{"الحكومة المغربية", "البنك الأوروبي للاستثمار"}},
		{"ar generic government left out", "ar", "وقالت الحكومة الحالية إنها ستدعم الفلاحين.", []string{}},
		{"ar un mission", "ar", "أرسلت بعثة الأمم المتحدة في ليبيا فريقا إلى المنطقة.", []string{"بعثة الأمم المتحدة في ليبيا", "الأمم المتحدة"}},
		{"ar election commission", "ar", "أعلنت المفوضية العليا المستقلة للانتخابات النتائج الأولية.", []string{"المفوضية العليا المستقلة للانتخابات"}},
		{"ar speech quote left out", "ar", "وقال الوزير: “إن بلادنا ستبقى ملتزمة بدعم العمل المشترك داخل جامعة الدول العربية مهما كانت الظروف”.", []string{}},
		{"ar interpol quoted", "ar", "وتعاون الأمن مع المنظمة الدولية للشرطة الجنائية «الإنتربول» في القضية.", []string{"المنظمة الدولية للشرطة الجنائية", "الإنتربول"}},
		{"ar ministry in role counts", "ar", "وحضر مدير الشؤون القانونية بوزارة العدل، حسن الطاهر، التوقيع.", []string{"وزارة العدل"}},
		{"ar council in role left out", "ar", "ترأس ولي العهد رئيس مجلس الوزراء الأمير خالد بن سلطان الجلسة.", []string{}},
		{"ar parliament", "ar", "صادق مجلس نواب الشعب على مشروع القانون.", []string{"مجلس نواب الشعب"}},
		{"ar traffic is no body", "ar", "وأكد المسؤول أن حركة المرور عادت إلى طبيعتها في العاصمة.", []string{}},
		{"ar board of directors", "ar", "وافق مجلس الإدارة على توزيع الأرباح.", []string{"مجلس الإدارة"}},
		{"ar generic head and adjective", "ar", "وأكدت المؤسسة الدولية التزامها بدعم المشروع.", []string{}},
		{"ar title inside a body is no person", "ar", "وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات غذائية.", []string{"مركز الملك سلمان للإغاثة والأعمال الإنسانية"}},
		{"ar wfp", "ar", "وزع برنامج الأغذية العالمي مساعدات على النازحين.", []string{"برنامج الأغذية العالمي"}},
		{"en lexicon with acronym", "en", "The African Development Bank (AfDB) approved the loan, and the AfDB will monitor it.", []string{"African Development Bank", "AfDB"}},
		{"en full and acronym later", "en", "The United Nations held a conference in Geneva, and the UN said pledges reached $2 billion.", []string{"United Nations", "UN"}},
		{"en pattern company", "en", "The Aqaba Logistics Company signed with the Red Sea Ports Company.", []string{"Aqaba Logistics Company", "Red Sea Ports Company"}},
		{"en pattern ministry", "en", "The Ministry of Planning and Economic Development issued a statement.", []string{"Ministry of Planning and Economic Development"}},
		{"en pattern with acronym", "en", "The Joint Commission on Trade and Investment (JCTI) met in Tashkent.", []string{"Joint Commission on Trade and Investment", "JCTI"}},
		{"en outlet left out", "en", "Reuters reported that the World Bank approved the grant.", []string{"World Bank"}},
		{"en world bank possessive", "en", "The World Bank's country director signed the agreement.", []string{"World Bank"}},
		{"en agency", "en", "The National Disaster Management Agency said 20 people died.", []string{"National Disaster Management Agency"}},
		{"en party", "en", "The Sadrist Movement won most seats.", []string{"Sadrist Movement"}},
		{"en party by initials", "en", "The Nation Renewal Front (NRF) won 40 seats, ahead of the Popular League.", []string{"Nation Renewal Front", "NRF", "Popular League"}},
		{"en company beside a role", "en", "Vantage Motors CEO Lena Brandt signed the supply deal.", []string{"Vantage Motors"}},
		{"ar company in a role", "ar", "ووقع الاتفاقية الرئيس التنفيذي لشركة الأطلس للطاقة، كريم السعدي.", []string{"شركة الأطلس للطاقة"}},
		{"en not an org", "en", "The Great Hall of the People was decorated for the visit.", []string{}},
		{"en imf", "en", "The IMF staff reached an agreement with Egypt.", []string{"IMF"}},
		{"en nato", "en", "NATO foreign ministers met in Brussels.", []string{"NATO"}},
		{"fr ministry", "fr", "Un communiqué du ministère de l’Intérieur précise le bilan.", []string{"ministère de l’Intérieur"}},
		{"fr banque mondiale", "fr", "Un prêt de la Banque mondiale financera les écoles rurales.", []string{"Banque mondiale"}},
		{"fr onu", "fr", "Lors de la conférence des donateurs de l'Onu, les pays ont promis des fonds.", []string{"Onu"}},
		{"fr direction with acronym", "fr", "La Direction générale de la sécurité civile (DGSC) a mobilisé ses équipes.", []string{"Direction générale de la sécurité civile", "DGSC"}},
		{"fr lexicon with acronym", "fr", "Le Conseil économique, social et environnemental (CESE) a publié son rapport annuel.", []string{"Conseil économique, social et environnemental", "CESE"}},
		{"fr lowercase au is not AU", "fr", "Le ministre s'est rendu au Maroc.", []string{}},
		{"fr ue", "fr", "L'UE et l'Union africaine ont signé un accord.", []string{"UE", "Union africaine"}},
		{"fr ministry with adjective", "fr", "Un communiqué du ministère des Affaires étrangères précise les modalités.", []string{"ministère des Affaires étrangères"}},
		{"fr press agency by pattern left out", "fr", "L'Agence de presse du Sahel rapporte que le ministère de l’Agriculture a distribué des semences.", []string{"ministère de l’Agriculture"}},
		{"fr no lower-case part after et", "fr", "Selon le ministère de la Santé et des secouristes sur place, le bilan s'alourdit.", []string{"ministère de la Santé"}},
		{"fr conseil des ministres", "fr", "Le Conseil des ministres a adopté le projet de loi.", []string{"Conseil des ministres"}},
		{"ar short ministry with demonym", "ar", "وجاء في بيان الخارجية التونسية أن الوزيرين بحثا ملف الطاقة.", []string{"الخارجية التونسية"}},
		{"ar minister's demonym makes no body", "ar", "استقبل وزير الخارجية التونسي نظيره الليبي في العاصمة.", []string{}},
		{"ar presidency issuer", "ar", "وأفاد بلاغ صادر عن رئاسة الجمهورية بأن الرئيس استقبل الوفد.", []string{"رئاسة الجمهورية"}},
		{"ar chaired by is no body", "ar", "عقد الفريق اجتماعه برئاسة الحكومة الجديدة.", []string{}},
		{"fr presidency with demonym", "fr", "La rencontre a été fructueuse, a indiqué la présidence sénégalaise dans un communiqué.", []string{"présidence sénégalaise"}},
		{"fr presidency of the republic", "fr", "Un communiqué de la Présidence de la République annonce la visite.", []string{"Présidence de la République"}},
		{"ar regional councils", "ar", "ووقع رئيس جهة طنجة - تطوان - الحسيمة ورئيس مجلس جهة سوس ماسة اتفاقية شراكة.", []string{"جهة طنجة - تطوان - الحسيمة", "مجلس جهة سوس ماسة"}},
		{"ar on a country's side is no council", "ar", "وأكد الوزير أن الالتزام من جهة المغرب ثابت.", []string{}},
		{"en party before a title is no party name", "en", "The party Chairman Tom Okello said the vote was fair.", []string{}},
		{"ar on the other hand is no council", "ar", "ومن جهة أخرى، أكد المسؤول أهمية المشروع.", []string{}},
		{"ar unnamed council head", "ar", "وأكد رئيس مجلس الوزراء خلال الجلسة أهمية الإصلاحات.", []string{}},
		{"en body qualifying an office", "en", "The UN Secretary General said the war must end soon.", []string{}},
		{"en body qualifying a signer's office", "en", "IMF Managing Director Kristalina Georgieva signed the agreement in Cairo.", []string{"IMF"}},
		{"en body qualifying an office acts too", "en", "The UN Secretary General thanked donors, and the UN will coordinate the aid.", []string{"UN"}},
		{"fr parties with seat counts", "fr", "Le PRD arrive en tête avec 52 sièges, devant l’UNR avec 9 sièges et le MPS deux sièges.", []string{"PRD", "UNR", "MPS"}},
		{"fr party named after parti", "fr", "Le parti Les Bâtisseurs n’a pas franchi le seuil de 10 %.", []string{"Les Bâtisseurs"}},
		{"fr hyphenated acronym, assembly of the seats", "fr", "L’Alliance démocratique du Progrès (AD-P) a obtenu 20 sièges à l’Assemblée nationale.", []string{"Alliance démocratique du Progrès", "AD-P"}},
		{"fr span stops at the auxiliary", "fr", "La Cour suprême a confirmé les résultats du scrutin.", []string{"Cour suprême"}},
		{"fr span stops at the verb", "fr", "Hier, la Cour électorale rejette trois recours des candidats.", []string{"Cour électorale"}},
		{"ar two ministries share a head", "ar", "وقعت وزارة الصحة ووزارة المالية مذكرة تفاهم.", []string{"وزارة الصحة", "وزارة المالية"}},
		// second round: rules for any article
		{"fr heading in capitals is no acronym", "fr", "AU TITRE DU PROGRAMME, la Banque mondiale financera trois barrages.", []string{"Banque mondiale"}},
		{"en heading word between capitals", "en", "FLOOD RELIEF IN DOLANA: the African Union pledged tents.", []string{"African Union"}},
		{"fr venue named like a body", "fr", "Le forum s’ouvre au Palais des congrès de Vellac, puis au Centre régional des conférences (CRC).", []string{}},
		{"en venue with initials", "en", "Delegates met at the Marlow Convention Center and the World Bank opened the session.", []string{"World Bank"}},
		{"ar bilateral council with two demonyms", "ar", "عقد المجلس التنسيقي الأردني – الكويتي اجتماعه الثاني أمس.", []string{"المجلس التنسيقي الأردني – الكويتي"}},
		{"ar country joined by waw ends the body", "ar", "وقعت المؤسسة العربية للتنمية والأردن اتفاقية قرض جديدة.", []string{"المؤسسة العربية للتنمية"}},
		{"ar body named after a king", "ar", "وافتتحت دارة الملك فهد معرضا للوثائق القديمة.", []string{"دارة الملك فهد"}},
		{"ar centre named after a prince with complement", "ar", "وأصدر مركز الأمير سلطان للدراسات تقريرا سنويا.", []string{"مركز الأمير سلطان للدراسات"}},
		{"ar definite noun takes no genitive", "ar", "ونظمت مؤسسة حمدان بن راشد للثقافة المهرجان السنوي.", []string{"مؤسسة حمدان بن راشد للثقافة"}},
		{"ar adjective after definite complement", "ar", "وحذر المعهد الوطني للرصد الجوي من الرياح.", []string{"المعهد الوطني للرصد الجوي"}},
		{"ar definite centre with its complement", "ar", "وأعلن المركز الإقليمي للطاقة الشمسية عن مناقصة جديدة.", []string{"المركز الإقليمي للطاقة الشمسية"}},
		{"ar ranking place is no centre", "ar", "وحل فريق المدينة في المركز الرابع هذا الموسم.", []string{}},
		{"en party name winning seats without a party word", "en", "Final count: Sangram Jote-e-Azad took 14 seats, ahead of independents.", []string{"Sangram Jote-e-Azad"}},
		{"en possessive inside a party name", "en", "The Farmers' Union and the People's Reform Alliance won 22 seats together.", []string{"Farmers' Union", "People's Reform Alliance"}},
		{"en country possessive stays out", "en", "Talks were led by Ghana's National Water Authority on Monday.", []string{"National Water Authority"}},
		{"en body being elected", "en", "Voters in Dunmore elected a new National Assembly on Sunday.", []string{}},
		{"fr name ends after its capitalized complement", "fr", "Le Conseil de l’Union des Ports au sommet a adopté le plan.", []string{"Conseil de l’Union des Ports"}},
		{"ar general secretariat is its own body", "ar", "وأصدرت الأمانة العامة لمجلس الوزراء تعميما للوزارات.", []string{"الأمانة العامة لمجلس الوزراء"}},
		{"ar former government is background", "ar", "وشكر الوزير الحكومة المستقيلة، ووقع البنك المركزي الليبي الاتفاق.", []string{"البنك المركزي الليبي"}},
		{"en outgoing council is background", "en", "The outgoing Transition Council handed power to the National Unity Council.", []string{"National Unity Council"}},
		{"ar presidency of the ministers", "ar", "وقالت رئاسة الوزراء في بيان إن الجلسة تأجلت.", []string{"رئاسة الوزراء"}},
		{"fr rally and union heads", "fr", "L’Union pour le Progrès et le Rassemblement des forces nouvelles ont signé un pacte.", []string{"Union pour le Progrès", "Rassemblement des forces nouvelles"}},
		{"en movement and league heads", "en", "The Movement for Civic Renewal and the League of Free Farmers boycotted the vote.", []string{"Movement for Civic Renewal", "League of Free Farmers"}},
		{"en department and division", "en", "The Water Resources Division (WRD) and the Revenue Department signed the grant.", []string{"Water Resources Division", "WRD", "Revenue Department"}},
		{"fr cabinet in lower case", "fr", "Le conseil des ministres a adopté jeudi le code minier.", []string{"conseil des ministres"}},
		{"fr acronym subjects of an agent verb", "fr", "Le MINEPAT et le MINADER ont signé une convention avec la Banque mondiale.", []string{"MINEPAT", "MINADER", "Banque mondiale"}},
		{"en unit with acronym in a signer's role", "en", "The secretary of Rural Finance Division (RFD), Tarik Salman, and the mission chief, Helga Strand, signed the agreements.", []string{"Rural Finance Division", "RFD"}},
		{"en unit without acronym only describes the office", "en", "Ruritania's Rural Finance Division secretary, Tarik Salman, signed the agreements.", []string{}},
		{"en results list after a seat count", "en", "The Harvest Union Party has so far secured ninety-one seats in the National Assembly followed by NRP-M 52, NFA 38, independents 11, Jamhoori Ittehad-e-Awam nine, RCM seven, Coastal People League four and two each by the Valley National Party and the Northern Democratic Alliance.", []string{"Harvest Union Party", "NRP-M", "NFA", "Jamhoori Ittehad-e-Awam", "RCM", "Coastal People League", "Valley National Party", "Northern Democratic Alliance"}},
		{"fr results list with bracketed counts", "fr", "Selon les résultats provisoires, le RPN arc-en-ciel obtient 38 sièges, suivi de l’UDPR (14) et du MPS (9).", []string{"RPN", "UDPR", "MPS"}},
		{"ar results list", "ar", "حصل حزب النهضة الوطني على 27 مقعدا، تلاه حزب الوفاق الديمقراطي بـ 18 مقعدا.", []string{"حزب النهضة الوطني", "حزب الوفاق الديمقراطي"}},
		{"en count list without seats names no party", "en", "The squad scored in every match: Brenner 4, Okafor 3 and Lindqvist 2.", []string{}},
		{"fr issuer after the slash of a signature line", "fr", "Le ministre a reçu l’ambassadeur du Portugal.\nBureau de la Communication/MIREC.", []string{"MIREC"}},
		{"fr issuer after Source", "fr", "Le ministre a reçu l’ambassadeur du Portugal.\nSource : MIREC", []string{"MIREC"}},
		{"fr news agency as source is no issuer", "fr", "Le ministre a reçu l’ambassadeur du Portugal.\nSource : KUNA", []string{}},
		{"fr acronym inside a sentence is no source", "fr", "Il a cité la source : MIREC a démenti, selon lui.", []string{}},
		{"en dotted acronyms map to their body", "en", "The E.U. pledged 40 million euros and the A.U. sent observers, according to U.N. figures.", []string{"E.U.", "A.U.", "U.N."}},
		{"en dotted acronym in a compound adjective is no body", "en", "U.S.-led forces and a U.N.-brokered truce held in the valley.", []string{}},
		{"ar issuer of a communique with l", "ar", "وأفاد بلاغ لرئاسة الحكومة بأن المجلس سيجتمع الخميس المقبل.", []string{"رئاسة الحكومة"}},
		{"ar candidate for the office is no body", "ar", "وأعلن الحزب مرشحه لرئاسة الحكومة المقبلة.", []string{}},
		{"ar palace office in a protocol sentence", "ar", "وأشرف الديوان الرئاسي على مراسم الاستقبال، ووقع صندوق النقد الدولي الاتفاق.", []string{"صندوق النقد الدولي"}},
		{"ar outgoing government as subject is background", "ar", "وقالت الحكومة المستقيلة إنها ستواصل تصريف الأعمال.", []string{}},
		{"en bloc only discussed is background", "en", "The talks touched on the Customs Union of Ruritania and Borduria, and the Lakeside Development Bank signed a loan.", []string{"Lakeside Development Bank"}},
		{"en bloc that acts is kept", "en", "The Customs Union of Ruritania and Borduria signed a trade pact on Monday.", []string{"Customs Union of Ruritania and Borduria"}},
		{"en name without party word, auxiliaries and a written-out count", "en", "Qaumi Tehreek-e-Nizam has now taken one hundred and six seats, ahead of NFA 43 and independents 14.", []string{"Qaumi Tehreek-e-Nizam", "NFA"}},
		{"en name that has won seats", "en", "Awami Sangram has won 57 seats in the provincial vote.", []string{"Awami Sangram"}},
		{"ar bilateral council with a hyphen", "ar", "وعقد المجلس التنسيقي الأردني - الكويتي اجتماعه الأول في عمان.", []string{"المجلس التنسيقي الأردني - الكويتي"}},
		{"ar bilateral council with an en dash", "ar", "وعقد المجلس التنسيقي الأردني – الكويتي اجتماعه الأول في عمان.", []string{"المجلس التنسيقي الأردني – الكويتي"}},
		{"fr indicator acronym is no body", "fr", "Le PIB a progressé de 2 % tandis que la TVA a baissé.", []string{}},
		// third round: names that share words, codes, the body a vote fills
		{"en parties sharing words stay apart", "en", "The Riverland People's Party and the Highland People's Party formed a coalition.", []string{"Riverland People's Party", "Highland People's Party"}},
		{"en party wings by letter stay apart", "en", "The Unity League-R won 40 seats and the Unity League-S won 12 seats.", []string{"Unity League-R", "Unity League-S"}},
		{"en longer name of one body is one body", "en", "The Ministry of Finance and Planning said the Ministry of Finance would pay.", []string{"Ministry of Finance and Planning"}},
		{"en full name and dotted acronym", "en", "The United Nations opened a camp, and U.N. teams distributed water.", []string{"United Nations", "U.N."}},
		{"en constituency code is no party", "en", "The Harvest Union Party won 91 seats, among them NA-35, NA-36 and PK-12.", []string{"Harvest Union Party"}},
		{"en assembly named by its vote is elected", "en", "The Harvest Union Party leads the Provincial Assembly elections with 40 seats.", []string{"Harvest Union Party"}},
		{"en assembly in a text of seats won", "en", "The Harvest Union Party won 40 seats, and the Regional Assembly will sit on Monday.", []string{"Harvest Union Party"}},
		{"fr institute in its director's role", "fr", "Le directeur de l’Institut national de sismologie, Paul Mercier, a indiqué que la secousse a atteint 5,1.", []string{"Institut national de sismologie"}},
		{"ar institute in its director's role", "ar", "وقال المدير العام للمعهد الوطني للبحوث الفلكية، سامي الهادي، إن الهزة بلغت 4.8 درجات.", []string{"للمعهد الوطني للبحوث الفلكية"}},
		{"ar complement with lil after an adjective", "ar", "وأعلنت الهيئة الوطنية للرقابة النووية عن خطة جديدة.", []string{"الهيئة الوطنية للرقابة النووية"}},
		{"ar a word of time ends the name", "ar", "واجتمعت الهيئة الوطنية للمرة الثانية هذا العام.", []string{}},
		{"en party wing: full name and hyphenated acronym", "en", "The Pakistan Muslim League-N won 70 seats, and PML-N workers celebrated in Lahore.", []string{"Pakistan Muslim League-N", "PML-N"}},
		{"en lexicon party and a pattern party sharing words", "en", "The Awami National Party and the Sindh Awami Party formed an alliance.", []string{"Awami National Party", "Sindh Awami Party"}},
		{"ar west african bodies", "ar", "وقع بنك التنمية لغرب إفريقيا اتفاقية مع الاتحاد الاقتصادي والنقدي لغرب إفريقيا.", []string{"بنك التنمية لغرب إفريقيا", "الاتحاد الاقتصادي والنقدي لغرب إفريقيا"}},
		{"fr sahel alliance and cemac", "fr", "L’Alliance des États du Sahel et la CEMAC ont signé un accord de transport.", []string{"Alliance des États du Sahel", "CEMAC"}},
		{"en security bloc with acronym", "en", "The Collective Security Treaty Organization (CSTO) held joint drills near Dushanbe.", []string{"Collective Security Treaty Organization", "CSTO"}},
		{"ar short health ministry with demonym", "ar", "وأعلنت الصحة العمانية تسجيل تسع إصابات جديدة بالحمى.", []string{"الصحة العمانية"}},
		{"ar short defence ministry with a country's short name", "ar", "وقالت الدفاع السعودية إن الدفاعات الجوية اعترضت صاروخا.", []string{"الدفاع السعودية"}},
		{"ar two adjectives before the complement", "ar", "وأعلنت الهيئة الوطنية المستقلة للانتخابات موعد الدور الثاني.", []string{"الهيئة الوطنية المستقلة للانتخابات"}},
		{"ar public prosecution", "ar", "وأمرت النيابة العامة بحبس المتهمين أربعة أيام.", []string{"النيابة العامة"}},
		{"en lexicon name at the end of a longer name", "en", "The National Democratic Party won 44 seats and the Liberal Party won 20.", []string{"National Democratic Party", "Liberal Party"}},
		{"en demonym before a lexicon name keeps the lexicon body", "en", "The Syrian Red Crescent delivered tents to the displaced families.", []string{"Red Crescent"}},
		{"en title-case three-letter word is no acronym", "en", "Who will pay, asked the mayor, as Far East markets fell.", []string{}},
		{"en place named like a bank is no body", "en", "Settlers moved into the West Bank as the World Bank warned of a recession.", []string{"World Bank"}},
		{"en initials of a device are no body", "en", "The Lunar Cargo Lander (LCL) and the Deep Space Relay (DSR) will fly in 2027.", []string{}},
		{"en country with initials is no body", "en", "Aid reached the Democratic Republic of Congo (DRC) on Monday.", []string{}},
		{"en music venue", "en", "The band played at the Riverside Music Center on Friday.", []string{}},
		{"en a place after in ends the name", "en", "Researchers at the Halden Institute for Coastal Studies in Oslo published the data.", []string{"Halden Institute for Coastal Studies"}},
		{"en name stops at a line break", "en", "Weekly Digest\nRiver Authority engineers opened the gates.", []string{"River Authority"}},
		{"en capitals of the name listed once", "en", "TOYOTA said Toyota would build the plant.", []string{"TOYOTA"}},
		{"ar unnamed office holder's body only names the office", "ar", "ودعا الأمين العام لمنظمة الصحة العالمية إلى تمويل عاجل.", []string{}},
		{"ar unnamed office holder's body that acts too", "ar", "ودعا الأمين العام للأمم المتحدة إلى التهدئة، وأرسلت الأمم المتحدة فريقا.", []string{"للأمم المتحدة"}},
		{"ar named office holder's body counts", "ar", "ودعا المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم إلى تمويل عاجل.", []string{"منظمة الصحة العالمية"}},
		{"ar human rights observatory", "ar", "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف قرية قرب إدلب.", []string{"المرصد السوري لحقوق الإنسان"}},
		{"fr lower-case demonym between ministry and complement", "fr", "Selon le ministère burkinabè de la Santé, 14 personnes sont mortes.", []string{"ministère burkinabè de la Santé"}},
		{"fr armed forces with a demonym", "fr", "Les Forces armées maliennes ont repoussé une attaque près de Gao.", []string{"Forces armées maliennes"}},
		{"fr lower-case part after et before the acronym", "fr", "L’Agence nationale de la statistique et de la démographie (ANSD) a publié les chiffres.", []string{"Agence nationale de la statistique et de la démographie", "ANSD"}},
		{"en cabinet with its qualifier", "en", "Prime Minister Omar Haddad chaired a meeting of the Federal Cabinet.", []string{"Federal Cabinet"}},
		{"fr joint commission with a pair of demonyms", "fr", "La Commission mixte tuniso-nigérienne a tenu sa troisième session.", []string{"Commission mixte tuniso-nigérienne"}},
		{"ar body as the frame of cooperation is background", "ar", "وبحث الجانبان سبل تعزيز التعاون في إطار منظمة شنغهاي للتعاون.", []string{}},
		{"ar resolutions of a body are background", "ar", "وأكد الوزيران ضرورة تنفيذ قرارات مجلس الأمن ذات الصلة.", []string{}},
		{"ar charter named, body acting too", "ar", "ودعا إلى احترام ميثاق الأمم المتحدة، وقدمت الأمم المتحدة مساعدات.", []string{"الأمم المتحدة"}},
		{"en charter and resolution are background", "en", "Both sides stressed respect for the UN Charter and Security Council resolution 2254.", []string{}},
		{"en resolutions of a body are background", "en", "The deal is in line with the resolutions of the Security Council.", []string{}},
		{"fr charter of a body is background", "fr", "Les deux pays ont rappelé leur attachement à la Charte des Nations unies.", []string{}},
		{"ar gulf standards body", "ar", "وأصدرت هيئة التقييس الخليجية لائحة فنية جديدة للمركبات.", []string{"هيئة التقييس الخليجية"}},
		{"en south asian bloc", "en", "SAARC foreign ministers met in Kathmandu to prepare the summit.", []string{"SAARC"}},
		{"ar party from the lexicon winning seats", "ar", "وفاز حزب جبهة العمل الإسلامي بـ 31 مقعدا في المجلس.", []string{"حزب جبهة العمل الإسلامي"}},
		{"en unit named after its body is one", "en", "The Gulf Cooperation Council Secretariat General issued a statement welcoming the truce.", []string{"Gulf Cooperation Council Secretariat General"}},
		{"en body inside a project's name", "en", "The World Bank approved the Coastal Power Company (CPC) Project on Tuesday.", []string{"World Bank"}},
		{"en executing and implementing agencies are no parties", "en", "The World Bank signed the loan. The Water Resources Division will act as the executing agency while the Delta Irrigation Authority will be the implementing agency.", []string{"World Bank"}},
		{"ar implementing body is no party", "ar", "ووقع البنك الدولي الاتفاقية، وستكون الهيئة العامة للمياه الجهة المنفذة للمشروع.", []string{"البنك الدولي"}},
		{"en assembly that votes takes part", "en", "The Regional Assembly vote on the budget is due on Monday.", []string{"Regional Assembly"}},
		{"en capitalized word before a lexicon name without a longer name", "en", "Iran-Backed Hezbollah Says It Fired Rockets at a Border Post", []string{"Hezbollah"}},
		{"ar noun joined by waw inside a ministry's name", "ar", "وأكدت وزارة الخارجية وشؤون المغتربين أن الزيارة ناجحة.", []string{"وزارة الخارجية وشؤون المغتربين"}},
		{"ar second waw noun inside a ministry's name", "ar", "ووقعت وزارة الاقتصاد والمالية وإصلاح الإدارة اتفاقا مع البنك الدولي.", []string{"وزارة الاقتصاد والمالية وإصلاح الإدارة", "البنك الدولي"}},
		{"ar membership is background", "ar", "وأشار إلى أن المملكة عضو في منظمة التجارة العالمية منذ 2005.", []string{}},
		{"en member of a body is background", "en", "Ruritania, a member of the World Trade Organization, signed the deal with the World Bank.", []string{"World Bank"}},
		{"en members of a council that act", "en", "The members of the Security Council adopted the resolution unanimously.", []string{"Security Council"}},
		{"ar board of a lexicon body is that body", "ar", "وأقر مجلس المحافظين في الوكالة الدولية للطاقة الذرية قرارا بشأن التفتيش.", []string{"الوكالة الدولية للطاقة الذرية"}},
		{"en seats of an earlier election are background", "en", "In the 2019 elections, the Harvest Union Party won 40 seats.", []string{}},
		{"en seats of this year's election count", "en", "In the 2024 elections, the Harvest Union Party won 40 seats.", []string{"Harvest Union Party"}},
		{"en name given before a lexicon acronym", "en", "The deal was signed with Abu Dhabi national oil Company (ADNOC) in Ruwais.", []string{"Abu Dhabi national oil Company", "ADNOC"}},
		{"en acronym that is the lexicon name, with the full name", "en", "The United Nations Office for Project Services (UNOPS) will build two clinics.", []string{"United Nations Office for Project Services", "UNOPS"}},
		{"ar short name in brackets after a body", "ar", "وأعلنت هيئة الطرق والمواصلات (طرق دبي) عن خطة جديدة.", []string{"هيئة الطرق والمواصلات"}},
		{"ar one-word short name in brackets is listed", "ar", "ووقعت الوكالة الكورية للتعاون الدولي (كويكا) منحة جديدة.", []string{"الوكالة الكورية للتعاون الدولي", "كويكا"}},
		{"en seismological agencies issue the magnitude", "en", "The U.S. Geological Survey put the magnitude at 6.1, while Kandilli Observatory reported 6.0.", []string{"U.S. Geological Survey", "Kandilli Observatory"}},
		{"fr seismological centre", "fr", "Le CRAAG a enregistré une secousse de 4,2 au large de la côte.", []string{"CRAAG"}},
		{"en a past year that is no election keeps the party", "en", "The Harvest Union Party, founded in 1996, won 40 seats.", []string{"Harvest Union Party"}},
		{"en a seat that is no result keeps the assembly", "en", "The Regional Assembly approved the budget, and the minister kept his seat.", []string{"Regional Assembly"}},
		{"en body implementing reforms takes part", "en", "The Ministry of Planning is implementing reforms agreed with the World Bank.", []string{"Ministry of Planning", "World Bank"}},
		{"fr executing agency is no party", "fr", "La Banque mondiale a signé le prêt ; l’Office des routes rurales sera l’agence d’exécution du projet.", []string{"Banque mondiale"}},
		{"ar media word in brackets is no short name", "ar", "وأعلنت الهيئة العامة للطيران المدني (فيديو) عن خطة جديدة.", []string{"الهيئة العامة للطيران المدني"}},
		{"ar represented by ends the name", "ar", "ووقعت الحكومة الأردنية ممثلة في وزارة التخطيط اتفاقية منحة مع الاتحاد الأوروبي.", []string{"الحكومة الأردنية", "وزارة التخطيط", "الاتحاد الأوروبي"}},
		{"fr board of a lexicon body is that body", "fr", "Le Conseil d’administration de la Banque africaine de développement a approuvé le prêt.", []string{"Banque africaine de développement"}},
		{"en unit of a lexicon body is a body of its own", "en", "The U.N. Office for Disaster Risk Reduction published the report, and the United Nations will host the talks.", []string{"U.N. Office for Disaster Risk Reduction", "United Nations"}},
		{"ar lists and currents winning seats", "ar", "وفازت قائمة الوفاق الوطني بـ 15 مقعدا، وحصل تيار النهوض المدني على 9 مقاعد.", []string{"قائمة الوفاق الوطني", "تيار النهوض المدني"}},
		{"ar traffic in a results text is no list", "ar", "وحصل الحزب على 12 مقعدا، وشهدت حركة المرور ازدحاما قرب مراكز الاقتراع.", []string{}},
		{"ar joint council inside a quoted statement", "ar", "وقال البيان إن \"اجتماعات المجلس التنسيقي الأردني – الكويتي ستتواصل غدا في عمان لبحث ملفات الطاقة والنقل\".", []string{"المجلس التنسيقي الأردني – الكويتي"}},
		{"en bare stem of party wings is no party", "en", "The NRP-M won 52 seats and the NRP-Q 12 seats, while NRP supporters rallied in 20 seats.", []string{"NRP-M", "NRP-Q"}},
		{"en body a country works within is background", "en", "The leaders discussed deeper integration within the Customs Union of Ruritania and Borduria.", []string{}},
		{"fr au sein de is background", "fr", "Les deux ministres ont plaidé pour une coordination au sein de l’Union africaine.", []string{}},
		{"ar a second head joined by waw is a second body", "ar", "وحضر التوقيع مسؤولون من وزارة المالية والمصرف المركزي.", []string{"وزارة المالية", "المصرف المركزي"}},
		{"ar ruling party is no name", "ar", "وطالب الحزب الحاكم بإجراء انتخابات مبكرة.", []string{}},
		{"en office in a role only describes it", "en", "The director of the Office of the Party Commission, Li Wen, attended the talks.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := orgs(extract(tt.text, tt.lang))
			if !slices.Equal(got, tt.want) {
				t.Errorf("orgs(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestCountries covers participants against background mentions.
func TestCountries(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"ar participates", "ar", "يشارك المغرب في أعمال الاجتماع الوزاري المنعقد في القاهرة.", []string{"MA"}},
		{"ar protocol title as host without a name", "ar", "واستقبل خادم الحرمين الشريفين في قصره رئيس وزراء ماليزيا عارف الدين رشيد.", []string{"MY", "SA"}},
		{"ar demonym in unnamed role", "ar", "ومن أبرز المشاركين وزير الخارجية الأمريكي ووزيرة الخارجية الألمانية.", []string{"DE", "US"}},
		{"ar list governed by frame", "ar", "ومن أبرز المشاركين في الاجتماع وفود من تركيا، ومصر، والعراق، والأردن.", []string{"EG", "IQ", "JO", "TR"}},
		{"ar capital for government", "ar", "في خبر آخر، وكانت الرياض قد تعهدت بتقديم مليار دولار للصندوق.", []string{"SA"}},
		{"ar background war", "ar", "وبحث الوزيران في الرباط التعاون الثنائي، إضافة إلى تطورات الأوضاع في ليبيا والسودان.", []string{"MA"}},
		{"ar background refugees", "ar", "وقدمت الكويت دعما للاجئين السوريين في المخيمات.", []string{"KW"}},
		{"ar disaster hit list", "ar", "ارتفعت حصيلة الفيضانات التي ضربت باكستان والهند وبنغلاديش إلى 300 قتيل.", []string{"BD", "IN", "PK"}},
		{"ar person's country from role", "ar", "استقبل الرئيس عبد المجيد تبون وزير الشؤون الخارجية والهجرة والتونسيين بالخارج نبيل عمار.", []string{"TN"}},
		{"ar host from location when nothing else", "ar", "عقد مجلس الوزراء جلسته الأسبوعية في مدينة جدة برئاسة ولي العهد.", []string{"SA"}},
		{"ar national body speaks for its country", "ar", "قالت المفوضية العليا المستقلة للانتخابات في بيان إن نسبة المشاركة بلغت 41 في المائة.", []string{"IQ"}},
		{"ar protocol title gives the country", "ar", "وشارك في القمة خادم الحرمين الشريفين الملك سلمان إلى جانب قادة دول المجلس.", []string{"SA"}},
		{"ar frame after background clause", "ar", "انطلق المؤتمر لدعم الوضع الإنساني في اليمن بمشاركة دول من بينها ماليزيا وإندونيسيا، وتعهدت السعودية بتقديم 100 مليون دولار لليمن.", []string{"ID", "MY", "SA", "YE"}},
		{"en signatories", "en", "Kenya and Tanzania signed a cross-border trade agreement in Nairobi on Tuesday.", []string{"KE", "TZ"}},
		{"en background led", "en", "Iraq held its fifth election since the US-led invasion of 2003, and Iraq's turnout was 41%.", []string{"IQ"}},
		{"en demonym role", "en", "Chinese President Xi Jinping met the visiting Brazilian Foreign Minister Mauro Vieira.", []string{"BR", "CN"}},
		{"en pledgers", "en", "The donor conference in Geneva raised $2 billion, led by Saudi Arabia and the United Arab Emirates, which each pledged $500 million for Yemen. Yemen's government welcomed the pledges.", []string{"AE", "SA", "YE"}},
		{"en role list countries left out", "en", "The loan was signed by the Minister of Finance and the bank's regional director for Morocco, Algeria, and Tunisia Hani Saleh. Morocco will receive the funds.", []string{"MA"}},
		{"en border background", "en", "Jordan's prime minister discussed a road to the Jordanian-Iraqi border with Jordan's partners.", []string{"JO"}},
		{"en subject before frame verb", "en", "Norway pledged 50 million dollars. Later, Sweden said it would give 20 million dollars, and 4.5 million came from Finland as well.", []string{"FI", "NO", "SE"}},
		{"fr disaster", "fr", "Le séisme a fait des centaines de morts en Turquie et en Syrie ; les donateurs se sont réunis à Bruxelles.", []string{"SY", "TR"}},
		{"fr pledge by capital", "fr", "Pour sa part, Berlin a annoncé une aide d'urgence pour Haïti, pays dévasté par un séisme.", []string{"DE", "HT"}},
		{"fr demonym role", "fr", "Ulf Berg, le Premier ministre suédois, a ouvert la séance.", []string{"SE"}},
		{"fr one-off background", "fr", "Le Maroc a signé l'accord. Le Maroc et ses partenaires saluent ce pas. Un Espagnol figure parmi les victimes.", []string{"MA"}},
		{"fr surname that is a country", "fr", "Le candidat écologiste Paul Hollande a obtenu 12 % des voix au Sénégal, où le scrutin s'est tenu dimanche.", []string{"SN"}},
		{"fr country glossing a town", "fr", "Le Maroc a reçu l'aide promise. Le président s'exprimait lors d'un sommet à New Delhi (Inde), dimanche.", []string{"MA"}},
		{"fr two countries sign", "fr", "La France et la Tunisie ont signé un accord de financement de 200 millions d’euros.", []string{"FR", "TN"}},
		{"fr first name that is a country", "fr", "Le président a reçu la Première dame, Dominique Kaboré, au palais de Ouagadougou.", []string{"BF"}},
		{"ar outlet named like a country", "ar", `وأفادت "روسيا اليوم" بأن المغرب وقع اتفاقا مع البنك الدولي.`, []string{"MA"}},
		{"en plural demonym is people", "en", "Denmark pledged 40 million euros in aid for Yemenis displaced by the fighting.", []string{"DK"}},
		{"ar plural demonym of a delegation counts", "ar", "وقع وفد من المستثمرين السعوديين اتفاقيات في عمان.", []string{"SA"}},
		{"en demonym before refugees", "en", "Canada signed a grant to support Sudanese refugees in camps.", []string{"CA"}},
		{"en currency after a country", "en", "Kenya signed a loan of 90 million U.S. dollars with the bank.", []string{"KE"}},
		{"ar host of a pledge event", "ar", "وأوضح المسؤول أن كندا ستستضيف مؤتمرا للمانحين الشهر المقبل.", []string{"CA"}},
		{"ar country an envoy is posted to", "ar", "وقع وزير المالية مع السفير البريطاني لدى الأردن مذكرة تفاهم.", []string{"GB", "JO"}},
		{"ar regional council speaks for its country", "ar", "ووقع رئيس جهة طنجة - تطوان - الحسيمة اتفاقية شراكة.", []string{"MA"}},
		{"ar tremors felt are background", "ar", "ضرب زلزال قوي تركيا، ووصلت ارتدادات الزلزال إلى مدن في اليونان.", []string{"TR"}},
		{"fr office title names the Faso", "fr", "Le conseil a siégé jeudi sous la haute autorité de Monsieur Issa Compaoré, Président du Faso, chef de l'État, à Kaya.", []string{"BF"}},
		{"fr the Faso alone", "fr", "Le Faso a signé mardi une convention de financement avec la Banque ouest-africaine de développement.", []string{"BF"}},
		{"fr other side of a bilateral relation", "fr", "Le ministre togolais des Mines a reçu mardi à Lomé une délégation d'hommes d'affaires. La coopération bilatérale entre le Togo et la Mauritanie remonte à 1985.", []string{"MR", "TG"}},
		{"en other side of a bilateral relation", "en", "Ghana's trade minister received a business delegation in Accra on Monday. Cooperation between Ghana and Senegal has grown in recent years.", []string{"GH", "SN"}},
		{"ar other side of a bilateral relation", "ar", "استقبل وزير الطاقة الأردني في عمّان وفدا من رجال الأعمال، وأشاد بعلاقات التعاون بين الأردن وسلطنة عمان.", []string{"JO", "OM"}},
		{"en a war between two states is no relation", "en", "Ghana's trade minister received a business delegation in Accra on Monday. He said the war between Russia and Ukraine had raised grain prices.", []string{"GH"}},
		{"fr a pair without a participant", "fr", "Le ministre togolais des Mines a reçu mardi à Lomé une délégation. Il a cité les accords entre le Mali et le Niger.", []string{"TG"}},
		{"fr the King hosts in a Moroccan town", "fr", "Sa Majesté le Roi a reçu au palais royal de Casablanca le ministre nigérien des Affaires étrangères.", []string{"MA", "NE"}},
		{"ar His Majesty hosts at the Hashemite court", "ar", "استقبل جلالة الملك في الديوان الملكي الهاشمي وزير الخارجية العماني.", []string{"JO", "OM"}},
		{"ar the King hosts in Rabat", "ar", "استقبل جلالة الملك بالقصر الملكي بالرباط وزير الخارجية العماني.", []string{"MA", "OM"}},
		{"en a King received in a republic's capital", "en", "The King received the Omani foreign minister in Paris on Friday.", []string{"OM"}},
		{"fr capitalised demonym after homologue", "fr", "Le ministre sénégalais de l'Énergie, Moussa Diallo, a reçu son homologue Mauritanien, Sidi Ould Brahim, à Dakar.", []string{"MR", "SN"}},
		{"ar protocol title as subject of another verb", "ar", "وأكد خادم الحرمين الشريفين خلال استقباله السفير الإيطالي أهمية التعاون في مجال الطاقة.", []string{"IT", "SA"}},
		{"ar protocol title as a topic", "ar", "وأشاد الوزير الإيطالي في كلمته بروما بالحديث عن خادم الحرمين الشريفين وجهوده.", []string{"IT"}},
		{"ar Faso in Arabic", "ar", "استقبل رئيس الفاسو بالقصر الرئاسي في واغادوغو السفير الياباني.", []string{"BF", "JP"}},
		{"ar emir of a named state", "ar", "استقبل أمير دولة الكويت في قصر السيف وفدا من رجال الأعمال.", []string{"KW"}},
		{"en a tour of partners joins their host", "en", "Foreign minister Joseph Mwangi leaves on Sunday for working visits to Norway and Finland. The tour aims to deepen cooperation between Kenya and its partners in Europe.", []string{"FI", "KE", "NO"}},
		{"ar a tour of partners joins their host", "ar", "يبدأ وزير الخارجية سامي الحداد غدا زيارة عمل إلى كل من اليونان وقبرص، لتعزيز علاقات التعاون بين تونس وشركائها في المتوسط.", []string{"CY", "GR", "TN"}},
		{"ar addressee's country left out", "ar", "سلم وزير الشؤون الدينية التونسي رسالة موجهة لخادم الحرمين الشريفين الملك فهد.", []string{"TN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countries(extract(tt.text, tt.lang))
			if !slices.Equal(got, tt.want) {
				t.Errorf("countries(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPersonCountry checks the country a role gives its holder.
func TestPersonCountry(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		{"ar demonym in role", "ar", "استقبل وزير الخارجية المصري سامح حسن وفدا برلمانيا.", "EG"},
		{"ar country in role", "ar", "وحضر سفير المغرب لدى الأردن خالد الناصري.", "MA"},
		{"en demonym before role", "en", "Chinese Foreign Minister Wang Lei met reporters.", "CN"},
		{"en country after role", "en", "Karim Haddad, the Minister of Trade from the Republic of Uzbekistan, spoke first.", "UZ"},
		{"fr demonym after role", "fr", "René Dubois, le président haïtien, a plaidé pour l'école.", "HT"},
		{"no country", "en", "Minister of Finance Ali Hassan signed the loan.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extract(tt.text, tt.lang)
			got := ""
			if len(r.People) > 0 {
				got = r.People[0].Country
			}
			if got != tt.want {
				t.Errorf("country of %v in %q = %q, want %q", people(r), tt.text, got, tt.want)
			}
		})
	}
}

// TestSpansProperty checks that every span's Text is the runes of the text
// between Start and End, on every table sentence.
func TestSpansProperty(t *testing.T) {
	texts := []string{
		"يشارك المغرب في أعمال الاجتماع الوزاري لـ”التحالف الدولي لمحاربة داعش” بمشاركة 85 دولة.",
		"ويمثل المملكة سفير المملكة لدى الرياض، مصطفى الكريمي، ومدير الشؤون بوزارة الخارجية، سعيد الحلو.",
		"وقدمت السعودية منحة لوزارة الصحة اليمنية وللبنك الدولي والمنظمة الدولية للشرطة الجنائية «الإنتربول».",
		"The African Development Bank (AfDB) and Minister of Finance Ali Hassan signed, said U.S. Secretary of State Antony Carter.",
		"Sa Majesté le Roi Mohammed VI a reçu M. Jean Moreau, directeur général de l’agence, et la Banque mondiale.",
		"ـــ  ‏وزيرُ الخارجيةِ أيمنَ الصفديّ  ، والدكتورِ حسنِ المومنيّ\u200f.",
	}
	for _, text := range texts {
		for _, lang := range []string{"ar", "en", "fr"} {
			r := extract(text, lang)
			runes := []rune(text)
			check := func(kind string, s extractors.Span) {
				if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
					t.Errorf("%s span [%d,%d) out of range in %q", kind, s.Start, s.End, text)
					return
				}
				if got := string(runes[s.Start:s.End]); got != s.Text {
					t.Errorf("%s span [%d,%d) = %q, Text %q", kind, s.Start, s.End, got, s.Text)
				}
			}
			for _, p := range r.People {
				check("person", p.Span)
				if !strings.Contains(text, p.Role) {
					t.Errorf("role %q not in text", p.Role)
				}
			}
			for _, o := range r.Organizations {
				check("organization", o.Span)
			}
			for _, c := range r.Countries {
				if c.Text != "" {
					check("country", c.Span)
				}
			}
		}
	}
}
