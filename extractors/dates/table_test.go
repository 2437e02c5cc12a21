package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// tableCase is one sentence of our own with the dates it must give, each
// written "span|date|kind" in text order. pub is the reference day
// (2023-06-08, a Thursday, when empty; "-" for unknown).
type tableCase struct {
	name, lang, pub, text string
	want                  []string
	event                 string // "" = not checked, "nil" = no event date; "span|date" checks the span too
	published             string // "" = not checked, "none" = empty
}

const defaultPub = "2023-06-08"

var tableCases = []tableCase{
	// Egyptian and Gulf month names, with their variants.
	{name: "ar/yanayir", lang: "ar", text: "وقع الطرفان الاتفاق في 5 يناير 2023 بالرباط.", want: []string{"5 يناير 2023|2023-01-05|absolute"}},
	{name: "ar/fibrayir", lang: "ar", text: "انعقد الاجتماع يوم 12 فبراير 2023 في القاهرة.", want: []string{"12 فبراير 2023|2023-02-12|absolute"}},
	{name: "ar/maris", lang: "ar", text: "صدر القرار في 3 مارس 2022.", want: []string{"3 مارس 2022|2022-03-03|absolute"}},
	{name: "ar/abril", lang: "ar", text: "افتتح المعرض في 20 أبريل 2023.", want: []string{"20 أبريل 2023|2023-04-20|absolute"}},
	{name: "ar/ibril", lang: "ar", text: "وفي 2 إبريل 2023 وصل الوفد.", want: []string{"2 إبريل 2023|2023-04-02|absolute"}},
	{name: "ar/mayu", lang: "ar", text: "جرت الانتخابات في 15 مايو 2023.", want: []string{"15 مايو 2023|2023-05-15|absolute"}},
	{name: "ar/yunyu", lang: "ar", text: "انطلق الاجتماع في 8 يونيو 2023.", want: []string{"8 يونيو 2023|2023-06-08|absolute"}},
	{name: "ar/yunyah", lang: "ar", text: "تنطلق الدورة في 8 يونيه 2023 بالقاهرة.", want: []string{"8 يونيه 2023|2023-06-08|absolute"}},
	{name: "ar/yulyu", lang: "ar", text: "وصل الرئيس يوم 4 يوليو 2022.", want: []string{"4 يوليو 2022|2022-07-04|absolute"}},
	{name: "ar/yulyah", lang: "ar", text: "احتفلت مصر في 23 يوليه 2022 بذكرى الثورة.", want: []string{"23 يوليه 2022|2022-07-23|absolute"}},
	{name: "ar/aghustus", lang: "ar", text: "أعلنت الوزارة في 15 أغسطس 2021 نتائج الامتحانات.", want: []string{"15 أغسطس 2021|2021-08-15|absolute"}},
	{name: "ar/aghustus-bare-alef", lang: "ar", text: "أعلنت الوزارة في 16 اغسطس 2021 القرار.", want: []string{"16 اغسطس 2021|2021-08-16|absolute"}},
	{name: "ar/sibtambar", lang: "ar", text: "بدأ العام الدراسي في 9 سبتمبر 2024.", want: []string{"9 سبتمبر 2024|2024-09-09|absolute"}},
	{name: "ar/uktubar", lang: "ar", text: "عقدت القمة في 6 أكتوبر 2024.", want: []string{"6 أكتوبر 2024|2024-10-06|absolute"}},
	{name: "ar/nufambar", lang: "ar", text: "وقعت الاتفاقية في 7 نوفمبر 2022.", want: []string{"7 نوفمبر 2022|2022-11-07|absolute"}},
	{name: "ar/disambar", lang: "ar", text: "اختتم المؤتمر أعماله في 25 ديسمبر 2023.", want: []string{"25 ديسمبر 2023|2023-12-25|absolute"}},
	// Levantine and Iraqi names.
	{name: "ar/kanun-thani", lang: "ar", text: "زار الوزير دمشق في 3 كانون الثاني 2024.", want: []string{"3 كانون الثاني 2024|2024-01-03|absolute"}},
	{name: "ar/shubat", lang: "ar", text: "الثلاثاء - 17 شباط 2026 - افتتح المحافظ المعرض.", want: []string{"الثلاثاء - 17 شباط 2026|2026-02-17|absolute"}},
	{name: "ar/adhar", lang: "ar", text: "صدر المرسوم في 21 آذار 2024.", want: []string{"21 آذار 2024|2024-03-21|absolute"}},
	{name: "ar/nisan", lang: "ar", text: "عقدت الجلسة في 11 نيسان 2023 ببغداد.", want: []string{"11 نيسان 2023|2023-04-11|absolute"}},
	{name: "ar/ayyar", lang: "ar", text: "أقيم الحفل في 25 أيار 2023.", want: []string{"25 أيار 2023|2023-05-25|absolute"}},
	{name: "ar/haziran", lang: "ar", text: "ناقش وزير النقل اليوم الثلاثاء (11 حزيران 2024) خطة الموانئ.", pub: "2024-06-11",
		want: []string{"اليوم الثلاثاء (11 حزيران 2024)|2024-06-11|absolute"}, event: "2024-06-11", published: "2024-06-11"},
	{name: "ar/tammuz-indic", lang: "ar", pub: "-", text: "الأحد,١٧ تموز ٢٠٢٢\n\nتصل بعثة صندوق النقد اليوم إلى عمّان.",
		want: []string{"الأحد,١٧ تموز ٢٠٢٢|2022-07-17|absolute"}, event: "اليوم|2022-07-17", published: "2022-07-17"},
	{name: "ar/kanun-thani-no-article", lang: "ar", text: "بدأ العام الدراسي في 8 كانون ثاني 2024 ببغداد.", want: []string{"8 كانون ثاني 2024|2024-01-08|absolute"}},
	{name: "ar/tishrin-awwal-no-article", lang: "ar", text: "سقطت الأمطار في 20 تشرين أول 2023.", want: []string{"20 تشرين أول 2023|2023-10-20|absolute"}},
	{name: "ar/ab", lang: "ar", text: "وصلت الشحنة في 2 آب 2023.", want: []string{"2 آب 2023|2023-08-02|absolute"}},
	{name: "ar/aylul", lang: "ar", text: "افتتحت الدورة في 12 أيلول 2023.", want: []string{"12 أيلول 2023|2023-09-12|absolute"}},
	{name: "ar/tishrin-awwal", lang: "ar", text: "جرت الانتخابات في 10 تشرين الأول 2021.", want: []string{"10 تشرين الأول 2021|2021-10-10|absolute"}},
	{name: "ar/tishrin-paired", lang: "ar", text: "عقد المؤتمر في 10 تشرين الثاني/ نوفمبر 2023 في بيروت.", want: []string{"10 تشرين الثاني/ نوفمبر 2023|2023-11-10|absolute"}},
	{name: "ar/kanun-awwal-paired", lang: "ar", text: "أغلقت الصناديق في 18 كانون الأول (ديسمبر) 2023.", want: []string{"18 كانون الأول (ديسمبر) 2023|2023-12-18|absolute"}},
	{name: "ar/shubat-paired", lang: "ar", text: "في 14 شباط/فبراير 2024 وقع البلدان اتفاقا.", want: []string{"14 شباط/فبراير 2024|2024-02-14|absolute"}},
	// Algerian and Tunisian names.
	{name: "ar/janfi", lang: "ar", text: "دخل القانون حيز التنفيذ في 1 جانفي 2024.", want: []string{"1 جانفي 2024|2024-01-01|absolute"}},
	{name: "ar/fifri", lang: "ar", text: "صادق البرلمان في 20 فيفري 2023 على القانون.", want: []string{"20 فيفري 2023|2023-02-20|absolute"}},
	{name: "ar/afril", lang: "ar", text: "استقبل الرئيس في 16 أفريل 2023 ضيفه.", want: []string{"16 أفريل 2023|2023-04-16|absolute"}},
	{name: "ar/may", lang: "ar", text: "انطلقت القافلة الطبية يوم 22 ماي 2023 نحو الجنوب.", want: []string{"22 ماي 2023|2023-05-22|absolute"}},
	{name: "ar/juan", lang: "ar", text: "حلت البعثة بالجزائر في 12 جوان 2023.", want: []string{"12 جوان 2023|2023-06-12|absolute"}},
	{name: "ar/juilia", lang: "ar", text: "دشن والي الولاية اليوم الخميس 20 جويلية 2023 محطة تحلية جديدة.", pub: "-",
		want: []string{"اليوم الخميس 20 جويلية 2023|2023-07-20|absolute"}, event: "2023-07-20", published: "2023-07-20"},
	{name: "ar/out", lang: "ar", text: "انطلقت الحملة في 20 أوت 2022.", want: []string{"20 أوت 2022|2022-08-20|absolute"}},
	// Moroccan names.
	{name: "ar/yulyuz", lang: "ar", text: "صادق المجلس في 13 يوليوز 2023 على المرسوم.", want: []string{"13 يوليوز 2023|2023-07-13|absolute"}},
	{name: "ar/ghusht", lang: "ar", text: "خلد الشعب المغربي في 20 غشت 2022 ذكرى ثورة الملك والشعب.", want: []string{"20 غشت 2022|2022-08-20|absolute"}},
	{name: "ar/shutanbar", lang: "ar", text: "ضرب الزلزال منطقة الحوز في 8 شتنبر 2023.", want: []string{"8 شتنبر 2023|2023-09-08|absolute"}},
	{name: "ar/nunbar", lang: "ar", text: "عقدت اللجنة اليوم الأربعاء (16 نونبر) بمراكش اجتماعها الأول.", pub: "2022-11-16",
		want: []string{"اليوم الأربعاء (16 نونبر)|2022-11-16|absolute"}, event: "2022-11-16"},
	{name: "ar/dujanbar", lang: "ar", text: "تنتهي المهلة في 31 دجنبر 2023.", want: []string{"31 دجنبر 2023|2023-12-31|absolute"}},
	// Attached prefixes.
	{name: "ar/bitarikh", lang: "ar", text: "صدر بلاغ بتاريخ 5 يونيو 2023 عن الوزارة.", want: []string{"5 يونيو 2023|2023-06-05|absolute"}},
	{name: "ar/fi-no-year", lang: "ar", text: "وكان الوفد قد وصل في 5 يونيو إلى العاصمة.", want: []string{"5 يونيو|2023-06-05|absolute"}},
	{name: "ar/wa-month", lang: "ar", text: "بين 3 مارس و5 أبريل 2023 تغيرت الأسعار.", want: []string{"3 مارس|2023-03-03|absolute", "5 أبريل 2023|2023-04-05|absolute"}},
	{name: "ar/bi-month", lang: "ar", text: "حل الوفد بتونس في 9 بجويلية 2023.", want: []string{"9 بجويلية 2023|2023-07-09|absolute"}},
	// English names and abbreviations.
	{name: "en/month-day-year", lang: "en", text: "The summit opened on June 8, 2023 in Riyadh.", want: []string{"June 8, 2023|2023-06-08|absolute"}},
	{name: "en/day-month-year", lang: "en", text: "The accord was signed on 8 June 2023.", want: []string{"8 June 2023|2023-06-08|absolute"}},
	{name: "en/jan-abbr", lang: "en", text: "The talks resumed on Jan. 5, 2023 in Geneva.", want: []string{"Jan. 5, 2023|2023-01-05|absolute"}},
	{name: "en/sept-abbr", lang: "en", text: "Parliament voted on Sept. 12, 2022.", want: []string{"Sept. 12, 2022|2022-09-12|absolute"}},
	{name: "en/feb-nodot", lang: "en", text: "Shipments began Feb 3, 2023.", want: []string{"Feb 3, 2023|2023-02-03|absolute"}},
	{name: "en/ordinal", lang: "en", text: "The governor opened Wednesday, March 16th, 2016 a new water plant in Fez.", pub: "2016-03-16",
		want: []string{"Wednesday, March 16th, 2016|2016-03-16|absolute"}, event: "2016-03-16"},
	{name: "en/of", lang: "en", text: "Elections are due on the 1st of May 2024.", want: []string{"1st of May 2024|2024-05-01|absolute"}},
	{name: "en/nov-no-year", lang: "en", text: "Talks are set for Nov. 20 in Amman.", want: []string{"Nov. 20|2023-11-20|absolute"}},
	{name: "en/december", lang: "en", text: "The law takes effect on December 31, 2023.", want: []string{"December 31, 2023|2023-12-31|absolute"}},
	{name: "en/month-year", lang: "en", text: "Inflation peaked in March 2023, the bank said.", want: []string{"March 2023|2023-03|partial"}},
	{name: "en/may-modal", lang: "en", text: "Prices may 5 percent rise, officials may say.", want: nil},
	{name: "en/august-abbr", lang: "en", text: "The fund was set up on Aug. 14, 2021.", want: []string{"Aug. 14, 2021|2021-08-14|absolute"}},
	// French names and abbreviations.
	{name: "fr/juin", lang: "fr", text: "La réunion s'est tenue le 8 juin 2023 à Alger.", want: []string{"8 juin 2023|2023-06-08|absolute"}},
	{name: "fr/1er", lang: "fr", text: "La loi entre en vigueur le 1er janvier 2024.", want: []string{"1er janvier 2024|2024-01-01|absolute"}},
	{name: "fr/janv", lang: "fr", text: "Publié le 12 janv. 2024 par le ministère.", want: []string{"12 janv. 2024|2024-01-12|absolute"}},
	{name: "fr/fevr", lang: "fr", text: "Le décret du 3 févr. 2023 fixe les tarifs.", want: []string{"3 févr. 2023|2023-02-03|absolute"}},
	{name: "fr/aout", lang: "fr", text: "Les pluies du 15 août 2022 ont fait des dégâts.", want: []string{"15 août 2022|2022-08-15|absolute"}},
	{name: "fr/decembre", lang: "fr", text: "Le sommet du 5 décembre 2023 a réuni vingt pays.", want: []string{"5 décembre 2023|2023-12-05|absolute"}},
	{name: "fr/no-year", lang: "fr", text: "L'incendie déclaré le 12 janvier a ravagé le marché.", pub: "2010-04-01", want: []string{"12 janvier|2010-01-12|absolute"}},
	{name: "fr/mois-annee", lang: "fr", text: "Le chômage a baissé depuis septembre 2023.", want: []string{"septembre 2023|2023-09|partial"}},
	{name: "fr/sept-abbr", lang: "fr", text: "Signé le 4 sept. 2023 à Rabat.", want: []string{"4 sept. 2023|2023-09-04|absolute"}},
	// Digits of every script, and mixtures.
	{name: "digits/arabic-indic", lang: "ar", text: "انعقد المجلس في ٠٨ يونيو ٢٠٢٣ برئاسة الملك.", want: []string{"٠٨ يونيو ٢٠٢٣|2023-06-08|absolute"}},
	{name: "digits/persian", lang: "ar", text: "وصل الوفد في ۸ يونيو ۲۰۲۳ إلى طهران.", want: []string{"۸ يونيو ۲۰۲۳|2023-06-08|absolute"}},
	{name: "digits/mixed", lang: "ar", text: "صدر القرار في 8 يونيو ٢٠٢٣.", want: []string{"8 يونيو ٢٠٢٣|2023-06-08|absolute"}},
	{name: "digits/mixed-in-number", lang: "ar", text: "صدر القرار في 1٥ مايو 2٠23.", want: []string{"1٥ مايو 2٠23|2023-05-15|absolute"}},
	{name: "digits/indic-numeric", lang: "ar", text: "بتاريخ ٠٨/٠٦/٢٠٢٣ صدر البيان.", want: []string{"٠٨/٠٦/٢٠٢٣|2023-06-08|absolute"}},
	{name: "digits/bidi-marks", lang: "ar", text: "نشر في ١٩‏/٠٦‏/٢٠٢٣ الخبر.", want: []string{"١٩‏/٠٦‏/٢٠٢٣|2023-06-19|absolute"}},
	{name: "digits/nbsp", lang: "ar", text: "وصل الوفد في 8 يونيو 2023 إلى جدة.", want: []string{"8 يونيو 2023|2023-06-08|absolute"}},
	{name: "digits/indic-gregorian-mark", lang: "ar", text: "الاثنين ٠١ ديسمبر ٢٠٢٥ م - 02:00", pub: "2025-12-01", want: []string{"الاثنين ٠١ ديسمبر ٢٠٢٥ م|2025-12-01|absolute"}},
	// Numeric dates: day first in Arabic and French.
	{name: "num/ar-slash", lang: "ar", text: "27/06/2023 - 09:15\n\nتبدأ الحملة الوطنية للتلقيح.", pub: "-", want: []string{"27/06/2023|2023-06-27|absolute"}, published: "2023-06-27"},
	{name: "num/ar-slash-ambiguous", lang: "ar", text: "صدر البلاغ بتاريخ 08/06/2023.", want: []string{"08/06/2023|2023-06-08|absolute"}},
	{name: "num/ar-dash", lang: "ar", text: "21-11-2023, 08:40\n\nافتتح المعرض الدولي للكتاب أبوابه.", want: []string{"21-11-2023|2023-11-21|absolute"}},
	{name: "num/ar-dash-ambiguous", lang: "ar", text: "الأحد 05-10-2014 11:20 | كتب: محرر الشؤون المحلية", pub: "-", want: []string{"الأحد 05-10-2014|2014-10-05|absolute"}, published: "2014-10-05"},
	{name: "num/iso", lang: "ar", text: "نشر بتاريخ 2023-06-08 على الموقع.", want: []string{"2023-06-08|2023-06-08|absolute"}},
	{name: "num/dots", lang: "fr", text: "Publié le 8.6.2023 à 10h.", want: []string{"8.6.2023|2023-06-08|absolute"}},
	{name: "num/fr-slash", lang: "fr", text: "Mis à jour le 08/06/2023.", want: []string{"08/06/2023|2023-06-08|absolute"}},
	{name: "num/en-month-first", lang: "en", text: "Posted 06/19/2023 by staff.", want: []string{"06/19/2023|2023-06-19|absolute"}},
	{name: "num/en-day-first", lang: "en", text: "Thursday 14/03/2019\n\nNAIROBI - Health ministers met to review the plan.", pub: "-", want: []string{"Thursday 14/03/2019|2019-03-14|absolute"}, published: "2019-03-14"},
	{name: "num/en-ambiguous-nearest", lang: "en", text: "Updated 06/07/2023 at noon.", want: []string{"06/07/2023|2023-06-07|absolute"}},
	{name: "num/en-ambiguous-weekday", lang: "en", text: "Thursday 06/07/2023: the board met.", pub: "-", want: []string{"Thursday 06/07/2023|2023-07-06|absolute"}},
	{name: "num/en-order-from-text", lang: "en", text: "Filed 19/06/2023; hearing on 03/07/2023.", want: []string{"19/06/2023|2023-06-19|absolute", "03/07/2023|2023-07-03|absolute"}},
	{name: "num/en-far-month-first", lang: "en", text: "The law of 05/06/2001 applies.", want: []string{"05/06/2001|2001-05-06|absolute"}},
	{name: "num/not-decimal", lang: "fr", text: "Une croissance de 3.3 % et 2.808.548 électeurs.", want: nil},
	{name: "num/not-version", lang: "en", text: "Version 1.2.3.4 was released.", want: nil},
	{name: "num/not-clock", lang: "ar", text: "على الساعة 22:30 انتهى اللقاء بنتيجة 2-1.", want: nil},
	{name: "num/not-year-span", lang: "fr", text: "Le programme couvre la période (2026-2030) entière.", want: nil},
	// Hijri dates.
	{name: "hijri/dhu-qada", lang: "ar", text: "وفي 19 ذو القعدة 1444 هـ عقد المجلس جلسته.", want: []string{"19 ذو القعدة 1444 هـ|2023-06-08|hijri"}},
	{name: "hijri/slashes", lang: "ar", text: "صدر التعميم في 12 / رجب / 1446 هـ وتضمن.", want: []string{"12 / رجب / 1446 هـ|2025-01-12|hijri"}},
	{name: "hijri/ramadan", lang: "ar", text: "يبدأ الدوام في 10 رمضان 1445هـ.", want: []string{"10 رمضان 1445هـ|2024-03-20|hijri"}},
	{name: "hijri/muharram", lang: "ar", text: "يوافق 1 محرم 1446 هـ رأس السنة الهجرية.", want: []string{"1 محرم 1446 هـ|2024-07-07|hijri"}},
	{name: "hijri/rabi-awwal", lang: "ar", text: "احتفل المسلمون في 15 ربيع الأول 1445 هـ بالمناسبة.", want: []string{"15 ربيع الأول 1445 هـ|2023-09-30|hijri"}},
	{name: "hijri/jumada-akhira", lang: "ar", text: "صدر الأمر في 5 جمادى الآخرة 1446 هـ.", want: []string{"5 جمادى الآخرة 1446 هـ|2024-12-06|hijri"}},
	{name: "hijri/dhi-hijja", lang: "ar", text: "وقف الحجاج بعرفة يوم 12 ذي الحجة 1444هـ.", want: []string{"12 ذي الحجة 1444هـ|2023-06-30|hijri"}},
	{name: "hijri/no-year", lang: "ar", text: "صام الناس منذ 10 رمضان حتى العيد.", want: []string{"10 رمضان|2023-04-01|hijri"}},
	{name: "hijri/twin-muwafiq", lang: "ar", pub: "-", text: "افتتح أمير المنطقة المهرجان اليوم الأربعاء 5 جمادى الأولى 1446هـ الموافق 6 نوفمبر 2024م في أبها.",
		want: []string{"اليوم الأربعاء 5 جمادى الأولى 1446هـ الموافق 6 نوفمبر 2024م|2024-11-06|absolute"}, event: "2024-11-06", published: "2024-11-06"},
	{name: "hijri/twin-gregorian-first", lang: "ar", pub: "-", text: "الإصدار : ٢٢١٠٥ - الخميس ١٥ مايو ٢٠٢٥ م، الموافق ١٧ ذو القعدة ١٤٤٦هـ\n\nانخفضت أمس الأربعاء أسعار الذهب.",
		want: []string{"الخميس ١٥ مايو ٢٠٢٥ م، الموافق ١٧ ذو القعدة ١٤٤٦هـ|2025-05-15|absolute", "أمس الأربعاء|2025-05-14|relative"}, event: "2025-05-14", published: "2025-05-15"},
	{name: "hijri/twin-side-by-side", lang: "ar", pub: "-", text: "9 / رمضان / 1446 هـ      9 مارس 2025\n\nزار وزير الصحة مساء أمس (السبت) المستشفى الجامعي.",
		want: []string{"9 / رمضان / 1446 هـ      9 مارس 2025|2025-03-09|absolute", "أمس (السبت)|2025-03-08|relative"}, event: "2025-03-08", published: "2025-03-09"},
	{name: "hijri/twin-local-sighting", lang: "ar", text: "افتتح الوالي يومه الاثنين 2 ذو الحجة 1444 هـ، الموافق 19 يونيو 2023 م، الدورة الجديدة.",
		want: []string{"يومه الاثنين 2 ذو الحجة 1444 هـ، الموافق 19 يونيو 2023 م|2023-06-19|absolute"}},
	{name: "hijri/numeric", lang: "ar", text: "صدر الأمر الملكي بتاريخ 10/9/1445هـ.", want: []string{"10/9/1445هـ|2024-03-20|hijri"}},
	{name: "hijri/numeric-twin", lang: "ar", text: "الأربعاء 10/9/1445هـ الموافق 20/3/2024م: صدر الأمر.", want: []string{"الأربعاء 10/9/1445هـ الموافق 20/3/2024م|2024-03-20|absolute@0.97"}},
	{name: "hijri/safar-score", lang: "ar", text: "فاز الفريق 3 صفر على ضيفه.", want: nil},
	{name: "hijri/fiscal-years", lang: "ar", text: "خصصت موازنة السنة المالية 1446 / 1447هـ (2025م) مبالغ للتعليم.", want: nil},
	// Relative dates in Arabic, against Thursday 2023-06-08.
	{name: "rel/ar-today", lang: "ar", text: "يصل الوزير اليوم إلى الرباط.", want: []string{"اليوم|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/ar-yesterday", lang: "ar", text: "أعلنت الوزارة أمس عن القرار.", want: []string{"أمس|2023-06-07|relative"}},
	{name: "rel/ar-wa-yesterday", lang: "ar", text: "وأمس أعلنت الوزارة القرار.", want: []string{"وأمس|2023-06-07|relative"}},
	{name: "rel/ar-day-before", lang: "ar", text: "وصل الوفد أول أمس إلى الجزائر.", want: []string{"أول أمس|2023-06-06|relative"}},
	{name: "rel/ar-day-before-min", lang: "ar", text: "وصل الوفد أول من أمس إلى الجزائر.", want: []string{"أول من أمس|2023-06-06|relative"}},
	{name: "rel/ar-ams-al-awwal", lang: "ar", text: "جرى أمس الأول بمراكش توقيع اتفاق التمويل.", want: []string{"أمس الأول|2023-06-06|relative"}},
	{name: "rel/ar-thulatha-spelling", lang: "ar", text: "قالت الوزارة اليوم (الثلثاء) إن المجلس وافق على القرض.", pub: "2023-06-06", want: []string{"اليوم (الثلثاء)|2023-06-06|relative"}},
	{name: "rel/ar-tomorrow", lang: "ar", text: "يبدأ المؤتمر غدا في الدوحة.", want: []string{"غدا|2023-06-09|relative"}},
	{name: "rel/ar-tomorrow-tanwin", lang: "ar", text: "تنطلق الامتحانات غداً في كل المدارس.", want: []string{"غداً|2023-06-09|relative"}},
	{name: "rel/ar-after-tomorrow", lang: "ar", text: "تصل البعثة بعد غد إلى بغداد.", want: []string{"بعد غد|2023-06-10|relative"}},
	{name: "rel/ar-today-weekday", lang: "ar", text: "انطلق اليوم الخميس الاجتماع الوزاري.", want: []string{"اليوم الخميس|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/ar-today-comma-weekday", lang: "ar", text: "كشفت الهيئة، اليوم، الخميس، عن نتائج المسح.", want: []string{"اليوم، الخميس|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/ar-yesterday-weekday", lang: "ar", text: "أغلقت أمس الأربعاء صناديق الاقتراع.", want: []string{"أمس الأربعاء|2023-06-07|relative"}},
	{name: "rel/ar-evening-yesterday-paren", lang: "ar", text: "استقبل الرئيس مساء أمس (الأربعاء) ضيفه.", want: []string{"أمس (الأربعاء)|2023-06-07|relative"}, event: "2023-06-07"},
	{name: "rel/ar-weekday-last", lang: "ar", text: "وكان الوزير قد زار الجزائر الخميس الماضي.", want: []string{"الخميس الماضي|2023-06-01|relative"}},
	{name: "rel/ar-weekday-next", lang: "ar", text: "يعقد المجلس جلسته الخميس المقبل.", want: []string{"الخميس المقبل|2023-06-15|relative"}},
	{name: "rel/ar-weekday-qadim", lang: "ar", text: "تنطلق الدورة يوم الأحد القادم.", want: []string{"الأحد القادم|2023-06-11|relative"}},
	{name: "rel/ar-weekday-bare-past", lang: "ar", text: "استقبل وزير الخارجية الاثنين نظيره المغربي.", want: []string{"الاثنين|2023-06-05|relative"}},
	{name: "rel/ar-weekday-future-verb", lang: "ar", text: "حل الوفد بالرباط للمشاركة في المنتدى الذي يعقد، الأحد، بقصر المؤتمرات.", want: []string{"الأحد|2023-06-11|relative"}},
	{name: "rel/ar-weekday-same", lang: "ar", text: "اجتمع المحافظون ظهر الخميس في المنامة.", want: []string{"الخميس|2023-06-08|relative"}},
	{name: "rel/ar-yawmuh", lang: "ar", text: "ترأس الملك يومه الخميس مجلسا وزاريا.", want: []string{"يومه الخميس|2023-06-08|relative"}},
	{name: "rel/ar-national-day", lang: "ar", text: "احتفلت المملكة باليوم الوطني وباليوم العالمي للبيئة.", want: nil},
	{name: "rel/ar-ams-al-haja", lang: "ar", text: "البلاد في أمس الحاجة إلى الاستثمار.", want: nil},
	{name: "rel/ar-bi-ams", lang: "ar", text: "البلاد بأمس الحاجة إلى الاستثمار.", want: nil},
	{name: "rel/ar-yesterday-wrong-weekday", lang: "ar", text: "أعلنت الهيئة أمس الثلاثاء ارتفاع الحصيلة.", want: []string{"أمس الثلاثاء|2023-06-06|relative"}},
	// Relative dates in English.
	{name: "rel/en-yesterday", lang: "en", text: "The ministry said yesterday that talks would resume.", want: []string{"yesterday|2023-06-07|relative"}},
	{name: "rel/en-today", lang: "en", text: "The agency opened a new clinic in Mosul today.", want: []string{"today|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/en-tomorrow", lang: "en", text: "Voting opens tomorrow across the country.", want: []string{"tomorrow|2023-06-09|relative"}},
	{name: "rel/en-on-tuesday", lang: "en", text: "The central bank raised its key rate on Tuesday.", want: []string{"Tuesday|2023-06-06|relative"}, event: "2023-06-06"},
	{name: "rel/en-last-friday", lang: "en", text: "The deal was struck last Friday in Doha.", want: []string{"last Friday|2023-06-02|relative"}},
	{name: "rel/en-next-monday", lang: "en", text: "The envoy arrives next Monday.", want: []string{"next Monday|2023-06-12|relative"}},
	{name: "rel/en-this-thursday", lang: "en", text: "Ministers met this Thursday to review the plan.", want: []string{"this Thursday|2023-06-08|relative"}},
	{name: "rel/en-possessive", lang: "en", text: "Sunday's elections saw a low turnout.", want: []string{"Sunday|2023-06-04|relative"}},
	{name: "rel/en-will", lang: "en", text: "The summit will open on Sunday in Jeddah.", want: []string{"Sunday|2023-06-11|relative"}},
	{name: "rel/en-present-future", lang: "en", text: "The trade fair, which opens in Muscat on Friday, will host 300 firms.", want: []string{"Friday|2023-06-09|relative"}},
	{name: "rel/ar-present-future", lang: "ar", text: "تستضيف الرياض الأحد اجتماعا وزاريا.", want: []string{"الأحد|2023-06-11|relative"}},
	{name: "rel/en-same-day", lang: "en", text: "Kenya and Ethiopia on Thursday signed a power supply deal.", want: []string{"Thursday|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/en-said-monday", lang: "en", text: "The toll from the storm has risen to 31, a spokesman said Monday.\nStrong winds on Thursday brought down power lines.", pub: "2024-03-11",
		want: []string{"Monday|2024-03-11|relative", "Thursday|2024-03-07|relative"}, event: "nil"},
	// Relative dates in French.
	{name: "rel/fr-hier", lang: "fr", text: "Hier, à l'ouverture du forum, la Banque africaine a annoncé un nouveau fonds.", want: []string{"Hier|2023-06-07|relative"}, event: "2023-06-07"},
	{name: "rel/fr-aujourdhui", lang: "fr", text: "Le ministre reçoit aujourd’hui son homologue.", want: []string{"aujourd’hui|2023-06-08|relative"}},
	{name: "rel/fr-aujourdhui-ascii", lang: "fr", text: "Le ministre reçoit aujourd'hui son homologue.", want: []string{"aujourd'hui|2023-06-08|relative"}},
	{name: "rel/fr-demain", lang: "fr", text: "Le vote aura lieu demain.", want: []string{"demain|2023-06-09|relative"}},
	{name: "rel/fr-avant-hier", lang: "fr", text: "Arrivé avant-hier, le président repart.", want: []string{"avant-hier|2023-06-06|relative"}},
	{name: "rel/fr-mardi-dernier", lang: "fr", text: "Le texte a été adopté mardi dernier.", want: []string{"mardi dernier|2023-06-06|relative"}},
	{name: "rel/fr-ce-jeudi", lang: "fr", text: "Un sommet régional s'est ouvert ce jeudi à Dakar.", want: []string{"ce jeudi|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "rel/fr-jeudi-prochain", lang: "fr", text: "Le conseil se réunira jeudi prochain.", want: []string{"jeudi prochain|2023-06-15|relative"}},
	{name: "rel/fr-lundi", lang: "fr", text: "Le président a signé lundi à Alger un accord.", want: []string{"lundi|2023-06-05|relative"}, event: "2023-06-05"},
	{name: "rel/fr-future-tense", lang: "fr", text: "Le cabinet a fait savoir que la séance se tiendra à Tunis mercredi.", want: []string{"mercredi|2023-06-14|relative"}},
	{name: "rel/ar-future-prefix", lang: "ar", text: "أعلن المتحدث أن الوزير سيصل إلى بغداد الأحد.", want: []string{"الأحد|2023-06-11|relative"}},
	{name: "rel/en-this-morning", lang: "en", text: "The minister arrived this morning and left last night's dinner early.", want: []string{"this morning|2023-06-08|relative", "last night|2023-06-07|relative"}},
	{name: "rel/en-last-night", lang: "en", text: "Rockets hit the city last night, officials said.", want: []string{"last night|2023-06-07|relative"}},
	{name: "rel/en-tonight", lang: "en", text: "Parliament votes tonight on the budget.", want: []string{"tonight|2023-06-08|relative"}},
	{name: "rel/fr-ce-soir", lang: "fr", text: "Le président s'adressera à la nation ce soir.", want: []string{"ce soir|2023-06-08|relative"}},
	{name: "rel/ar-allayla-madiya", lang: "ar", text: "شهدت العاصمة الليلة الماضية أمطارا غزيرة، ويتوقع هطولها الليلة أيضا.", want: []string{"الليلة الماضية|2023-06-07|relative", "الليلة|2023-06-08|relative"}},
	{name: "rel/fr-depuis", lang: "fr", text: "Le ministre a inauguré samedi le port, en tournée depuis jeudi dans la région.", pub: "2022-08-28",
		want: []string{"samedi|2022-08-27|relative", "jeudi|2022-08-25|relative"}, event: "2022-08-27"},
	{name: "rel/fr-la-veille-weekday", lang: "fr", text: "Le contrat a été paraphé samedi. La veille, vendredi, les experts avaient visité le site.", pub: "2022-08-28",
		want: []string{"samedi|2022-08-27|relative", "La veille, vendredi|2022-08-26|relative"}},
	{name: "rel/fr-la-veille", lang: "fr", text: "Les résultats annoncés le 7 octobre 2024 portent sur le scrutin de la veille.",
		want: []string{"7 octobre 2024|2024-10-07|absolute", "la veille|2024-10-06|relative"}},
	{name: "rel/en-next-day", lang: "en", text: "The talks opened on 3 May 2023 and the accord was signed the next day.",
		want: []string{"3 May 2023|2023-05-03|absolute", "next day|2023-05-04|relative"}},
	{name: "rel/en-day-earlier", lang: "en", text: "The ceasefire began on 12 May 2023; envoys had met a day earlier.",
		want: []string{"12 May 2023|2023-05-12|absolute", "day earlier|2023-05-11|relative"}},
	{name: "rel/ar-next-day", lang: "ar", text: "افتتح المعرض في 3 مايو 2023 وزاره الوزير في اليوم التالي.",
		want: []string{"3 مايو 2023|2023-05-03|absolute", "اليوم التالي|2023-05-04|relative"}},
	{name: "rel/en-day-alone", lang: "en", text: "It was a long day for the rescuers.", want: nil},
	{name: "rel/fr-week-end-range", lang: "fr", text: "Des orages ont frappé la région de vendredi à dimanche.", want: nil},
	// A weekday printed beside a date is checked against it.
	{name: "weekday/agrees", lang: "ar", text: "الخميس 8 يونيو 2023: افتتح المعرض.", want: []string{"الخميس 8 يونيو 2023|2023-06-08|absolute@0.95"}},
	{name: "weekday/disagrees", lang: "ar", text: "الجمعة 8 يونيو 2023: افتتح المعرض.", want: []string{"الجمعة 8 يونيو 2023|2023-06-08|absolute@0.57"}},
	{name: "weekday/en-disagrees", lang: "en", text: "On Monday, June 8, 2023, the board met.", want: []string{"Monday, June 8, 2023|2023-06-08|absolute@0.57"}},
	{name: "weekday/fr-ce", lang: "fr", pub: "-", text: "Ce mardi 22 octobre 2024, le gouvernement a adopté le projet de réforme.",
		want: []string{"Ce mardi 22 octobre 2024|2024-10-22|absolute@0.95"}, event: "2024-10-22", published: "2024-10-22"},
	// A day without a year takes the nearest year.
	{name: "year/nearest-past", lang: "ar", text: "وقعت الحادثة في 20 ديسمبر الماضي.", want: []string{"20 ديسمبر|2022-12-20|absolute"}},
	{name: "year/nearest-future", lang: "en", text: "The vote is set for November 20.", want: []string{"November 20|2023-11-20|absolute"}},
	{name: "year/nearest-same", lang: "fr", text: "Le 5 janvier, le ministre avait annoncé le plan.", want: []string{"5 janvier|2023-01-05|absolute"}},
	{name: "year/from-text", lang: "fr", pub: "-", text: "La commission a publié, ce mardi 8 octobre, le décompte du vote tenu la veille, lundi 7 octobre 2024.",
		want: []string{"ce mardi 8 octobre|2024-10-08|absolute", "la veille, lundi 7 octobre 2024|2024-10-07|absolute"}, event: "2024-10-08", published: "2024-10-08"},
	// Ranges and pairs.
	{name: "range/ar-min-ila", lang: "ar", text: "يقام المعرض من 5 إلى 7 يونيو في جدة.",
		want: []string{"من 5 إلى 7 يونيو|2023-06-05..2023-06-07|range", "7 يونيو|2023-06-07|absolute"}},
	{name: "range/ar-hatta", lang: "ar", text: "تستمر الدورة من 10 حتى 14 يوليو 2023.",
		want: []string{"من 10 حتى 14 يوليو 2023|2023-07-10..2023-07-14|range", "14 يوليو 2023|2023-07-14|absolute"}},
	{name: "range/en-dash", lang: "en", text: "The forum runs 5-7 June in Doha.",
		want: []string{"5-7 June|2023-06-05..2023-06-07|range", "7 June|2023-06-07|absolute"}},
	{name: "range/en-month-first", lang: "en", text: "The forum runs June 5-7, 2023 in Doha.",
		want: []string{"June 5-7, 2023|2023-06-05..2023-06-07|range", "7, 2023|2023-06-07|absolute"}},
	{name: "range/fr-du-au", lang: "fr", text: "Le salon se tient du 5 au 7 juin à Casablanca.",
		want: []string{"du 5 au 7 juin|2023-06-05..2023-06-07|range", "7 juin|2023-06-07|absolute"}},
	{name: "range/en-between", lang: "en", text: "Polls open between 5 and 7 June.",
		want: []string{"between 5 and 7 June|2023-06-05..2023-06-07|range", "7 June|2023-06-07|absolute"}},
	{name: "range/across-months", lang: "en", text: "The visit runs from 30 June to 2 July 2023.",
		want: []string{"from 30 June to 2 July 2023|2023-06-30..2023-07-02|range", "2 July 2023|2023-07-02|absolute"}},
	{name: "pair/ar-yawmay", lang: "ar", pub: "2022-10-29", text: "المؤتمر الذي تستضيفه تونس يومي 1 و 2 نوفمبر.",
		want: []string{"1 و 2 نوفمبر|2022-11-01|absolute", "2 نوفمبر|2022-11-02|absolute"}},
	{name: "pair/ar-attached", lang: "ar", pub: "2015-10-29", text: "تقام الدورة التدريبية في 2و3 نوفمبر المقبل.",
		want: []string{"2و3 نوفمبر|2015-11-02|absolute", "3 نوفمبر|2015-11-03|absolute"}},
	{name: "pair/en-and", lang: "en", text: "Talks were held on 5 and 6 June.",
		want: []string{"5 and 6 June|2023-06-05|absolute", "6 June|2023-06-06|absolute"}},
	{name: "pair/fr-et", lang: "fr", text: "Les assises auront lieu les 12 et 13 juin 2023.",
		want: []string{"12 et 13 juin 2023|2023-06-12|absolute", "13 juin 2023|2023-06-13|absolute"}},
	{name: "list/fr-three", lang: "fr", text: "Les assises auront lieu les 12, 13 et 14 juin 2023.",
		want: []string{"12, 13 et 14 juin 2023|2023-06-12|absolute", "13 et 14 juin 2023|2023-06-13|absolute", "14 juin 2023|2023-06-14|absolute"}},
	{name: "list/ar-three", lang: "ar", text: "تجري الامتحانات أيام 5 و6 و7 يونيو.",
		want: []string{"5 و6 و7 يونيو|2023-06-05|absolute", "6 و7 يونيو|2023-06-06|absolute", "7 يونيو|2023-06-07|absolute"}},
	{name: "list/en-month-first", lang: "en", text: "Talks were held on June 5 and 6.",
		want: []string{"June 5 and 6|2023-06-05|absolute", "6|2023-06-06|absolute"}},
	{name: "en/ordinal-comma", lang: "ar", text: "آخر تحديث: 21st, October 2023 GMT", want: []string{"21st, October 2023|2023-10-21|absolute"}},
	{name: "ordinal/ar-levantine-paired", lang: "ar", text: "أعلنت النتائج في السابع من تشرين الأول/ أكتوبر 2023 بعد الفرز.", want: []string{"السابع من تشرين الأول/ أكتوبر 2023|2023-10-07|absolute"}},
	{name: "ar/day-min-month", lang: "ar", text: "عقد الاجتماع في 5 من مارس 2023 بالقاهرة.", want: []string{"5 من مارس 2023|2023-03-05|absolute"}},
	{name: "en/rfc-header", lang: "en", text: "Date: Mon, 5 Jun 2023 10:30:00 GMT", want: []string{"5 Jun 2023|2023-06-05|absolute"}},
	{name: "en/iso-timestamp", lang: "en", text: "Updated 2023-06-05T10:30:00Z by the desk.", want: []string{"2023-06-05|2023-06-05|absolute"}},
	{name: "ar/dashes-levantine", lang: "ar", text: "مكتب الإعلام في الوزارة\n3- تشرين الثاني- 2022", want: []string{"3- تشرين الثاني- 2022|2022-11-03|absolute"}},
	{name: "ar/two-separators", lang: "ar", text: "أفادت مصادر محلية، اليوم الجمعة، (19 أيلول 2025)، بأن الطريق أعيد فتحه.", want: []string{"اليوم الجمعة، (19 أيلول 2025)|2025-09-19|absolute"}},
	{name: "ar/next-saturday-muwafiq", lang: "ar", pub: "2025-02-05", text: "حدد المجلس موعد الجلسة السبت المقبل الموافق 8 شباط 2025.", want: []string{"السبت المقبل الموافق 8 شباط 2025|2025-02-08|absolute"}},
	{name: "ar/lil-ordinal-sana", lang: "ar", pub: "2023-01-07", text: "قررت المحافظة إغلاق المدارس ليوم غد الأحد، الموافق، للثامن من كانون الثاني سنة 2023.",
		want: []string{"غد الأحد، الموافق، للثامن من كانون الثاني سنة 2023|2023-01-08|absolute"}},
	{name: "ar/min-am", lang: "ar", text: "وقع الاتفاق في 5 يونيو من عام 2022.", want: []string{"5 يونيو من عام 2022|2022-06-05|absolute"}},
	// Arabic ordinal days.
	{name: "ordinal/ar-thamin", lang: "ar", text: "انعقد المؤتمر في الثامن من يونيو 2023 بالرياض.", want: []string{"الثامن من يونيو 2023|2023-06-08|absolute"}},
	{name: "ordinal/ar-hadi-ashar", lang: "ar", text: "صدر القرار في الحادي عشر من مارس الماضي.", want: []string{"الحادي عشر من مارس|2023-03-11|absolute"}},
	{name: "ordinal/ar-khamis-wal-ishrin", lang: "ar", text: "وفي الخامس والعشرين من ديسمبر 2022 وقع الاتفاق.", want: []string{"الخامس والعشرين من ديسمبر 2022|2022-12-25|absolute"}},
	{name: "ordinal/ar-awwal", lang: "ar", text: "يدخل القانون حيز التنفيذ في الأول من يناير 2024.", want: []string{"الأول من يناير 2024|2024-01-01|absolute"}},
	{name: "ordinal/ar-not-date", lang: "ar", text: "احتل الفريق المركز الثامن من بين عشرين فريقا.", want: nil},
	// Words that look like dates and are not.
	{name: "not/ar-ghada-verb", lang: "ar", text: "غدا الوضع أكثر صعوبة بعد القرار.", want: nil},
	{name: "not/ar-today-title", lang: "ar", text: "ذكر موقع \"بغداد اليوم\" أن الوفد وصل.", want: nil},
	// Datelines give the publication day.
	{name: "dateline/ar-wma", lang: "ar", pub: "-", text: "الرباط - 8 يونيو 2023 (ومع) - وقع المغرب والبنك الدولي اتفاقية قرض بقيمة 350 مليون دولار، بحضور وزيرة الاقتصاد والمالية وعدد من المسؤولين.",
		want: []string{"8 يونيو 2023|2023-06-08|absolute"}, published: "2023-06-08", event: "nil"},
	{name: "dateline/en-reuters", lang: "en", pub: "2023-06-09", text: "RABAT, June 8 (Reuters) - Morocco signed a $350 million loan with the World Bank on Wednesday, the finance ministry said in a statement.",
		want: []string{"June 8|2023-06-08|absolute", "Wednesday|2023-06-07|relative"}, published: "2023-06-08", event: "2023-06-07"},
	{name: "dateline/en-petra", lang: "en", pub: "2023-11-13", text: "Amman, Nov. 13 (Petra) -- The Minister of Water Monday inaugurated a desalination pilot in Aqaba.",
		want: []string{"Nov. 13|2023-11-13|absolute"}, published: "2023-11-13", event: "Monday|2023-11-13"},
	{name: "dateline/en-reuters-no-pub", lang: "en", pub: "-", text: "RABAT, June 8 (Reuters) - Morocco signed a loan on Wednesday.",
		want: nil, published: "none"},
	{name: "dateline/ar-today", lang: "ar", pub: "-", text: "صوت المجلس البلدي في دورة استثنائية اليوم الثلاثاء 14 مارس 2017 على الميزانية.",
		want: []string{"اليوم الثلاثاء 14 مارس 2017|2017-03-14|absolute"}, published: "2017-03-14", event: "2017-03-14"},
	{name: "dateline/ar-header-then-relative", lang: "ar", pub: "-", text: "الأحد، 8 نوفمبر 2015 11:30 ص\nكتب - محرر\n\nأطلقت وزارة الشباب، اليوم، الأحد، مسابقة وطنية للابتكار.",
		want: []string{"الأحد، 8 نوفمبر 2015|2015-11-08|absolute"}, published: "2015-11-08", event: "اليوم، الأحد|2015-11-08"},
	{name: "dateline/en-xinhua", lang: "en", pub: "-", text: "CAIRO, May 22, 2023 (Xinhua) -- Egypt's prime minister inspected the new rail link on Monday.",
		want: []string{"May 22, 2023|2023-05-22|absolute"}, published: "2023-05-22", event: "Monday|2023-05-22"},
	{name: "dateline/fr-ce-lundi", lang: "fr", pub: "2024-10-07", text: "Un forum des investisseurs s’est ouvert ce lundi à Abidjan.",
		want: []string{"ce lundi|2024-10-07|relative"}, event: "2024-10-07"},
	{name: "dateline/seed", lang: "ar", pub: "-", text: "تشارك تونس في أعمال المؤتمر الإقليمي للطاقة الذي افتتح اليوم الأحد 11 يونيو 2023، في العاصمة الأردنية عمان. يذكر أن المؤتمر انطلق أول مرة في عام 2015 .",
		want: []string{"اليوم الأحد 11 يونيو 2023|2023-06-11|absolute", "2015|2015|partial"}, event: "2023-06-11", published: "2023-06-11"},
	{name: "dateline/crawl-day-above", lang: "ar", pub: "-", text: "الثلاثاء 12 مارس 2024\n\nاقتصاد\n\n  • 7-10-2023 | 10:45\n\nأعلن مدير الميناء، اليوم السبت، أن السفينة ستصل مساء اليوم.",
		want: []string{"الثلاثاء 12 مارس 2024|2024-03-12|absolute", "7-10-2023|2023-10-07|absolute"}, published: "2023-10-07", event: "اليوم السبت|2023-10-07"},
	{name: "dateline/package-doc", lang: "en", text: "RABAT, June 7 (Reuters) - Morocco signed on Tuesday",
		want: []string{"June 7|2023-06-07|absolute", "Tuesday|2023-06-06|relative"}, published: "2023-06-07", event: "2023-06-06"},
	{name: "dateline/short-lede-is-not-header", lang: "ar", text: "وصل الرئيس اليوم الخميس 8 يونيو 2023 إلى الرباط\n\nوأجرى مباحثات مع رئيس الحكومة.",
		want: []string{"اليوم الخميس 8 يونيو 2023|2023-06-08|absolute"}, event: "2023-06-08"},
	// Event date: the lede's event, not merely the first date.
	{name: "event/since-skipped", lang: "en", text: "Since Monday, the envoy has held talks; on Wednesday he signed the accord.",
		want: []string{"Monday|2023-06-05|relative", "Wednesday|2023-06-07|relative"}, event: "2023-06-07"},
	{name: "event/statement-only", lang: "ar", text: "قال وزير الخارجية أمس إن بلاده ستشارك في القمة.", want: []string{"أمس|2023-06-07|relative"}, event: "2023-06-07"},
	{name: "event/statement-then-signing", lang: "en", text: "The ministry said on Wednesday that the two countries signed the accord on Monday.",
		want: []string{"Wednesday|2023-06-07|relative", "Monday|2023-06-05|relative"}, event: "2023-06-05"},
	{name: "event/toll-statement-only", lang: "ar", text: "قال مسؤول في بيان أمس إن حصيلة ضحايا الفيضانات ارتفعت إلى 40 قتيلا.", want: []string{"أمس|2023-06-07|relative"}, event: "nil"},
	{name: "event/toll-rise", lang: "ar", text: "ارتفعت أمس الأربعاء حصيلة السيول في الإقليم إلى 57 قتيلا، بعد عاصفة الأحد الماضي.",
		want: []string{"أمس الأربعاء|2023-06-07|relative", "الأحد الماضي|2023-06-04|relative"}, event: "2023-06-07"},
	{name: "event/toll-communique", lang: "fr", pub: "2024-09-10", text: "Au moins 9 personnes ont péri dans des crues lors du week-end du 7 septembre. Le bilan pourrait s’alourdir, selon un communiqué diffusé tard lundi 9 septembre.",
		want: []string{"7 septembre|2024-09-07|absolute", "lundi 9 septembre|2024-09-09|absolute"}, event: "nil"},
	{name: "event/disaster-same-day", lang: "ar", text: "ضرب زلزال بقوة 6.8 درجات اليوم الخميس وسط البلاد، ما أسفر عن مقتل 820 شخصا حسب حصيلة أولية.",
		want: []string{"اليوم الخميس|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "event/en-toll-rose", lang: "en", text: "The death toll from the floods rose to 40 on Wednesday, officials said, after heavy rains on Sunday.",
		want: []string{"Wednesday|2023-06-07|relative", "Sunday|2023-06-04|relative"}, event: "2023-06-07"},
	{name: "event/near-reference", lang: "en", text: "Ahead of the summit on June 20, 2023, foreign ministers met on Monday in Jeddah.",
		want: []string{"June 20, 2023|2023-06-20|absolute", "Monday|2023-06-05|relative"}, event: "2023-06-05"},
	{name: "event/far-only", lang: "ar", text: "تنطلق الدورة المقبلة للمعرض في 20 سبتمبر 2023 بالدار البيضاء.",
		want: []string{"20 سبتمبر 2023|2023-09-20|absolute"}, event: "2023-09-20"},
	{name: "event/no-date", lang: "en", text: "The minister met his counterpart to discuss trade.", want: nil, event: "nil"},
	// A day counted from a noun is dated by that noun, not by the day before.
	{name: "anchored/ar-lam", lang: "ar", text: "أغلقت اللجنة باب الترشح اليوم الخميس، على أن تنشر القوائم في اليوم التالي لانتهاء التدقيق.",
		want: []string{"اليوم الخميس|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "anchored/ar-lil", lang: "ar", text: "تبدأ مهلة الاعتراض من اليوم التالي للتبليغ الرسمي.", want: nil, event: "nil"},
	{name: "anchored/ar-particle-is-not-lam", lang: "ar", text: "وصل الوفد إلى وهران في 4 مايو 2023، وفي اليوم التالي لم تعقد أي جلسة.",
		want: []string{"4 مايو 2023|2023-05-04|absolute", "اليوم التالي|2023-05-05|relative"}},
	{name: "anchored/fr-lendemain-de", lang: "fr", text: "Les candidats pourront déposer un recours dès le lendemain de l’affichage des listes.", want: nil},
	{name: "anchored/fr-veille-du-date", lang: "fr", text: "La parade s’est tenue la veille du 14 juillet 2023 à Lyon.",
		want: []string{"la veille du 14 juillet 2023|2023-07-13|absolute"}, event: "2023-07-13"},
	{name: "anchored/en-day-after-clause", lang: "en", text: "Appeals may be lodged the day after the final list is published.", want: nil},
	{name: "anchored/en-day-after-alone", lang: "en", text: "The fair closed on 9 May 2023. The day after, exhibitors packed up.",
		want: []string{"9 May 2023|2023-05-09|absolute", "day after|2023-05-10|relative"}},
	{name: "anchored/en-day-after-tomorrow", lang: "en", text: "Ballots will be counted the day after tomorrow.", want: []string{"day after tomorrow|2023-06-10|relative"}},
	{name: "anchored/en-day-after-date", lang: "en", text: "Crews were sent to the coast the day after June 2, 2023.",
		want: []string{"day after June 2, 2023|2023-06-03|absolute"}},
	// Days offered as alternatives are a guess, not a date.
	{name: "hedged/ar-today-or-tomorrow", lang: "ar", text: "قال المتحدث إن الحكومة قد تعلن التعديل الوزاري اليوم أو غدا.", want: nil, event: "nil"},
	{name: "hedged/en-today-or-tomorrow", lang: "en", text: "Officials expect the report today or tomorrow, but it was drafted on Monday.",
		want: []string{"Monday|2023-06-05|relative"}, event: "2023-06-05"},
	{name: "hedged/fr-aujourdhui-ou-demain", lang: "fr", text: "La liste sera publiée aujourd’hui ou demain, selon le porte-parole.", want: nil},
	{name: "hedged/en-day-or-date", lang: "en", text: "The vessel may dock on 12 or 13 July in Tema.", want: nil},
	{name: "hedged/fr-weekdays", lang: "fr", text: "Le ministre arrivera mercredi ou jeudi à Niamey.", want: nil},
	// A day named twice is listed once, at its first mention.
	{name: "dedup/ar-today-twice", lang: "ar", text: "افتتح الوزير اليوم الخميس 8 يونيو 2023 المعرض، وقال إن اليوم يوم تاريخي.",
		want: []string{"اليوم الخميس 8 يونيو 2023|2023-06-08|absolute"}, event: "اليوم الخميس 8 يونيو 2023|2023-06-08"},
	{name: "dedup/en-today-twice", lang: "en", text: "Voting began today in Lusaka; turnout today was high, officials said.",
		want: []string{"today|2023-06-08|relative"}, event: "2023-06-08"},
	// A toll update dated only by its report has no event date; the day the
	// disaster struck is listed.
	{name: "toll/en-said-after-disaster", lang: "en", text: "Rescuers pulled 40 more bodies from the mud, and the governor's office said on Wednesday that the toll had reached 210.\nThe hillside collapsed on Saturday after days of rain.",
		want: []string{"Wednesday|2023-06-07|relative", "Saturday|2023-06-03|relative"}, event: "nil"},
	{name: "toll/fr-annonce-bilan", lang: "fr", text: "La protection civile a annoncé mardi que le bilan des crues survenues le 2 juin 2023 dans la vallée s’élevait à 64 morts.",
		want: []string{"mardi|2023-06-06|relative", "2 juin 2023|2023-06-02|absolute"}, event: "nil"},
	{name: "toll/ar-announce", lang: "ar", text: "أعلنت وزارة الصحة اليوم الخميس حصيلة جديدة لضحايا الانهيار الأرضي الذي وقع الاثنين، بلغت 45 قتيلا.",
		want: []string{"اليوم الخميس|2023-06-08|relative", "الاثنين|2023-06-05|relative"}, event: "nil"},
	{name: "toll/ar-announce-no-toll", lang: "ar", text: "أعلنت وزارة الاستثمار اليوم الخميس توقيع اتفاقية لبناء ميناء جاف.",
		want: []string{"اليوم الخميس|2023-06-08|relative"}, event: "2023-06-08"},
	{name: "toll/en-toll-in-other-sentence", lang: "en", text: "The agency said on Tuesday that donors pledged $2 billion on Monday. The quake in March left a toll of 9,000 dead.",
		want: []string{"Tuesday|2023-06-06|relative", "Monday|2023-06-05|relative"}, event: "2023-06-05"},
	{name: "toll/fr-bilan-of-a-visit", lang: "fr", text: "Le ministre a indiqué lundi, en dressant le bilan de sa tournée entamée vendredi à Dakar, que trois accords avaient été signés.",
		want: []string{"lundi|2023-06-05|relative", "vendredi|2023-06-02|relative"}, event: "2023-06-02"},
	// A dateline without its agency still dates the report, not the event.
	{name: "dateline/en-caps-place", lang: "en", pub: "2023-05-05", text: "NAIROBI, May 4 Kenya's central bank left its benchmark rate unchanged at 9.5 percent.",
		want: []string{"May 4|2023-05-04|absolute"}, event: "nil", published: "2023-05-04"},
	{name: "dateline/ar-place-agency", lang: "ar", pub: "-", text: "صفاقس 14 مارس 2023 وات استقبل والي الجهة اليوم الثلاثاء وفدا من المستثمرين.",
		want: []string{"14 مارس 2023|2023-03-14|absolute"}, event: "اليوم الثلاثاء|2023-03-14", published: "2023-03-14"},
	{name: "dateline/ar-time-noun", lang: "ar", text: "يوم 3 أبريل 2023 افتتح المحافظ الجسر الجديد.", want: []string{"3 أبريل 2023|2023-04-03|absolute"}, event: "2023-04-03"},
	{name: "dateline/fr-article", lang: "fr", text: "Le 6 avril 2023, la commission a validé les listes.", want: []string{"6 avril 2023|2023-04-06|absolute"}, event: "2023-04-06"},
	{name: "dateline/en-title-case", lang: "en", text: "On May 4, 2023 the port authority opened a new berth.", want: []string{"May 4, 2023|2023-05-04|absolute"}, event: "2023-05-04"},
	// Years alone, and years that are not dates.
	{name: "year/ar-am", lang: "ar", text: "تأسست الجمعية في عام 2014 لدعم الحرفيين.", want: []string{"2014|2014|partial"}},
	{name: "year/ar-mundh", lang: "ar", text: "هذه أول زيارة منذ 2003 إلى بغداد.", want: []string{"2003|2003|partial"}},
	{name: "year/en-in", lang: "en", text: "Protests erupted in 2019 against corruption.", want: []string{"2019|2019|partial"}},
	{name: "year/fr-depuis", lang: "fr", text: "La coopération existe depuis 1970 entre les deux pays.", want: []string{"1970|1970|partial"}},
	{name: "year/ar-vision", lang: "ar", text: "يندرج المشروع ضمن مستهدفات رؤية عُمان 2040 الاقتصادية.", want: nil},
	{name: "year/en-plan", lang: "en", text: "The National Recovery Plan for 2021 seeks $2 billion.", want: nil},
	{name: "year/fr-finances", lang: "fr", text: "La loi de finances pour 2026 sera votée en décembre.", want: nil},
	{name: "year/fr-coupe", lang: "fr", text: "Les travaux pour la Coupe d'Afrique 2025 se poursuivent.", want: nil},
	{name: "year/not-count", lang: "en", text: "Some 2000 people attended and 1500 left early.", want: nil},
}

func (tc tableCase) doc(t *testing.T) *extractors.Document {
	t.Helper()
	var pub time.Time
	switch tc.pub {
	case "-":
	case "":
		pub, _ = time.Parse("2006-01-02", defaultPub)
	default:
		var err error
		if pub, err = time.Parse("2006-01-02", tc.pub); err != nil {
			t.Fatal(err)
		}
	}
	return extractors.NewDocument(tc.text, tc.lang, pub)
}

func describe(d Date, withConf bool) string {
	v := d.Date
	if d.EndDate != "" {
		v += ".." + d.EndDate
	}
	s := fmt.Sprintf("%s|%s|%s", d.Text, v, d.Kind)
	if withConf {
		s += fmt.Sprintf("@%.2f", d.Confidence)
	}
	return s
}

func TestTable(t *testing.T) {
	if len(tableCases) < 150 {
		t.Errorf("table has %d cases, want at least 150", len(tableCases))
	}
	ex := New()
	for _, tc := range tableCases {
		t.Run(tc.name, func(t *testing.T) {
			res := ex.Extract(tc.doc(t))
			var got []string
			for i, d := range res.Dates {
				withConf := i < len(tc.want) && strings.Contains(tc.want[i], "@")
				got = append(got, describe(d, withConf))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("dates of %q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
			if tc.event != "" {
				ev := "nil"
				if res.Event != nil {
					ev = res.Event.Date
					if strings.Contains(tc.event, "|") {
						ev = res.Event.Text + "|" + ev
					}
				}
				if ev != tc.event {
					t.Errorf("event of %q = %s, want %s", tc.text, ev, tc.event)
				}
			}
			if tc.published != "" {
				pub := res.Published
				if pub == "" {
					pub = "none"
				}
				if pub != tc.published {
					t.Errorf("published of %q = %s, want %s", tc.text, pub, tc.published)
				}
			}
		})
	}
}
