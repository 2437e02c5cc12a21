package attendees

import "strings"

// Closed word classes the rules read. They are grammar, not lexicon: a
// handful of nouns that build Arabic role and organization phrases, name
// particles, prepositions and the cues of background or participation.

// classes maps a folded word to the bits of every word class it belongs
// to. Each token looks its readings up once (see tok.cls), so asking
// whether a token is in a class costs no map lookup.
var (
	classes   = map[string]uint64{}
	nextBit   uint64
	bitStopAr = newBit()
	bitStopEn = newBit()
	bitStopFr = newBit()
	bitStop   = map[string]uint64{"ar": bitStopAr, "en": bitStopEn, "fr": bitStopFr}
	bitTitle  = newBit() // first word of a title
	bitOrg    = newBit() // first word of an organization spelling
)

func newBit() uint64 {
	if nextBit >= 64 {
		panic("attendees: more than 64 word classes; make the rarely read ones with newPlainSet")
	}
	b := uint64(1) << nextBit
	nextBit++
	return b
}

// wordSet is a closed class of folded words.
type wordSet struct {
	m   map[string]bool
	ids idSet // the vocabulary ids of a plain set's words
	bit uint64
	// lens has bit min(n, 63) set for every key n bytes long in a plain
	// set: a token of another length is answered without a map lookup.
	lens uint64
}

// lenBit is the bit of wordSet.lens for a key.
func lenBit(key string) uint64 { return 1 << min(len(key), 63) }

func newWordSet(words string) wordSet {
	s := wordSet{m: map[string]bool{}, bit: newBit()}
	for _, w := range strings.Fields(words) {
		w = strings.ReplaceAll(w, "_", " ")
		for _, t := range tokenize(w, nil) {
			if t.word() {
				s.add(t.key)
			}
		}
	}
	for k := range s.m {
		s.lens |= lenBit(k)
	}
	return s
}

func (s wordSet) add(key string) {
	s.m[key] = true
	classes[key] |= s.bit
	for _, v := range lamVariants(key) {
		s.m[v] = true
		classes[v] |= s.bit
	}
}

// has reports a text token in the class: the word or, for an Arabic word,
// one of its stems. A plain set (no bit) matches the word itself only.
func (s wordSet) has(t *tok) bool {
	if s.bit == 0 {
		return s.ids.has(t.id)
	}
	return t.cls&s.bit != 0
}

// hasKey reports a folded word itself in the set (no stems).
func (s wordSet) hasKey(key string) bool { return s.lens&lenBit(key) != 0 && s.m[key] }

// newPlainSet is newWordSet for a class read by few rules: it takes no bit
// of tok.cls (there are 64), so has matches the folded word itself, not
// its stems.
func newPlainSet(words string) wordSet {
	s := wordSet{m: map[string]bool{}}
	for _, w := range strings.Fields(words) {
		for _, t := range tokenize(strings.ReplaceAll(w, "_", " "), nil) {
			if t.word() {
				s.addPlain(t.key)
				for _, v := range lamVariants(t.key) {
					s.addPlain(v)
				}
			}
		}
	}
	return s
}

// addPlain adds key to a plain set.
func (s *wordSet) addPlain(key string) {
	s.m[key] = true
	s.lens |= lenBit(key)
	s.ids.add(intern(key))
}

// arConstruct are nouns that sit inside a role or organization phrase in
// the construct state: "وزير خارجية المغرب", "رئيس مجلس الوزراء", "مدير مكتب".
var arConstruct = newWordSet(`خارجية داخلية دفاع مالية اقتصاد مجلس مكتب بعثة هيئة وزارة إدارة قسم شركة
	بنك مصرف صندوق جهاز دائرة مديرية لجنة منظمة مركز سلطة ديوان حكومة دولة جمهورية مملكة سلطنة إمارة
	ولاية محافظة بلدية جامعة كلية معهد حزب حركة اتحاد نقابة غرفة أركان عهد شؤون شئون إعلام قطاع مصلحة
	مجموعة تحالف ائتلاف جبهة مفوضية وكالة مؤسسة قوات جيش شرطة أمن رئاسة أمانة قيادة سفارة قنصلية نيابة
	وحدة برنامج مشروع منتدى مجلسي لجان مكاتب هيئات وزارات شعبة فرع إقليم منطقة مدينة عمادة كتلة تيار
	جمعية اللجنة إدارات ملف قضايا تعاون تجارة صناعة صحة تعليم نقل طاقة عدل وزراء`)

// arOrgHead opens an organization found by pattern: "وزارة الشؤون الخارجية",
// "الهيئة الوطنية لإدارة الكوارث", "مجلس نواب الشعب".
var arOrgHead = newWordSet(`وزارة هيئة مجلس مفوضية بعثة منظمة اتحاد جمعية لجنة مكتب مديرية سلطة بنك مصرف
	صندوق شركة مؤسسة وكالة حزب تحالف ائتلاف جبهة ديوان محكمة نقابة حكومة أمانة جهاز
	الوزارة الهيئة المجلس المفوضية البعثة المنظمة الاتحاد الجمعية اللجنة المكتب المديرية السلطة
	البنك المصرف الصندوق الشركة المؤسسة الوكالة الحزب التحالف الائتلاف الجبهة الديوان المحكمة
	النقابة الحكومة الأمانة الجهاز معهد المعهد دارة الدارة مركز المركز`)

// arOrgWeakHead are heads that make an organization only with a name after
// them, never a generic body ("الحكومة" alone is not a name).
var arOrgWeakHead = newWordSet(`الحكومة الرئاسة الأمانة المجموعة الوزارة المجلس اللجنة الهيئة المكتب الشركة
	البنك المؤسسة الوكالة الجمعية الحزب الحركة الاتحاد السلطة الجهاز المركز الصندوق`)

// arParticles join the parts of an Arabic name: "محمد بن سلمان", "آل سعود",
// "مبارك أبو يامين", "عبد الحق", "فون دير لاين".
var arParticles = newWordSet(`بن بنت ابن ابنة آل أبو ابو أبي بو ولد عبد عبد_ال آيت أيت ايت فون دير دي دو ال دا`)

// arPreps are prepositions that continue a role phrase before a place or a
// definite noun: "سفير المملكة لدى الرياض", "وزير الخارجية بالإنابة في إيران".
var arPreps = newWordSet(`لدى في عن من ب`)

// arObjects are nouns that follow a subject's name as the verb's object
// ("استقبل الوزير X وفدا"): they never continue a name.
var arObjects = newWordSet(`وفدا وفد وفود رؤساء وزراء أعضاء ممثلي ممثلين سفراء مسؤولي مسؤولين قادة عددا عدد جلسة
	السادة والسادة اجتماعا اجتماع لقاء كلمة بيانا بيان اتفاقية اتفاقا اتفاق مذكرة رسالة برقية دعوة زيارة مباحثات محادثات
	مؤتمرا مؤتمر نظيره نظيرته الضيف خطابا خطاب تقريرا مشروع مرسوم قرارا قرار اتصالا اتصالات مكالمة مكالمات
	تهنئة تهاني برقيات`)

// roleLinks join a role to the body it speaks for: "الناطق باسم الحكومة".
var roleLinks = newWordSet(`باسم لدى`)

// meetVerbs take a person as object: after "استقبل الشيخ X", an office
// without a comma is the guest's, not X's ("استقبل الشيخ تميم وزير الخارجية").
var meetVerbs = newWordSet(`استقبل استقبلت يستقبل تستقبل التقى التقت يلتقي تلتقي بحث بحثت يبحث تبحث هنأ ودع
	زار زارت يزور تزور اتصل أجرى التقيا استقبال لقاء`)

// postedPreps introduce the country a post is for, not the holder's own.
var postedPreps = newWordSet(`لدى إلى الى to for pour auprès`)

// namedAfter are nouns of places and things named after a person:
// "شارع الملك فهد", "جامعة الملك سعود", "King Fahd Road", "Prince Sultan
// Air Base". A title after one of them, or a name before one, is no person.
var namedAfter = newWordSet(`دارة قاعة شارع طريق جامعة مطار مستشفى قصر مسجد جامع مدينة جسر ميناء مركز مؤسسة جائزة كأس قاعدة
	حي ساحة ملعب مجمع برج مدرسة كلية معهد مكتبة مستشفي
	Road Street Avenue Boulevard Bridge Airport Mosque Palace Hall University School Hospital Stadium Park
	Port Square Tower City Island Foundation Award Prize Cup Base Center Centre Library Museum Highway
	Avenue Rue Boulevard Pont Aéroport Mosquée Palais Université École Hôpital Stade Parc Place Tour Fondation Prix Coupe`)

// speechVerbs introduce a speaker: a known given name right after one is
// a person even without a title ("وقال سامي العلي إن …").
var speechVerbs = newWordSet(`قال قالت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت صرح صرحت أعلن أعلنت شدد شددت
	كشف كشفت اعتبر اعتبرت ذكر ذكرت لفت لفتت أفاد أفادت نوه نوهت رأى رأت دعا دعت`)

// arNameEnders are definite words that never end a name as its family
// name (time words, common nouns after a name).
var arNameEnders = newWordSet(`اليوم الأمس الليلة الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الاثنين الإثنين
	الذي التي الذين الوفد الجانب الطرفين البلدين الرئيس الملك الأمير الوزير السفير الضيف المرافق`)

// laParticles join the parts of a name in Latin script.
var laParticles = newWordSet(`al el bin ben ibn bint von van der den de da du dos di la le ould abu abou ait ter`)

// laPreps continue an English or French role phrase.
var laPreps = newWordSet(`of for at from in on to with de du des d à au aux pour auprès chargé chargée en par sur`)

// commaPreps continue a title after a comma: "ministre des Affaires
// étrangères, de la Coopération".
var commaPreps = newWordSet(`de du des d of for pour`)

// laArticles may stand inside a role phrase after a preposition.
var laArticles = newWordSet(`the la le les l a an un une`)

// laAnd joins two parts of a role phrase.
var laAnd = newWordSet(`and et &`)

// romanNumerals end a ruler's name: "Hassan II", "Louis XIV".
var romanNumerals = newWordSet(`I II III IV V VI VII VIII IX X XI XII`)

// bylineWords introduce an author, never a participant.
var bylineWords = newWordSet(`by par كتب كتبت بقلم إعداد تحرير متابعة تصوير reporting editor editors reporter
	correspondent photo photos writer rédaction rédacteur photographe المحرر مراسل`)

// backgroundPersonCues before a person mark a background name: a ruler's
// era, a patron ("تحت رعاية", "under the patronage of"), callers listed
// after "اتصالات"/"calls" (one bilateral call, "اتصالا هاتفيا مع X", keeps
// X), the sender of congratulations, the ruler whose directives
// an act follows ("تنفيذا لتوجيهات الملك", "sur Hautes Instructions de").
var backgroundPersonCues = newWordSet(`leadership regime late عهد الراحل الراحلة feu défunt défunte era reign
	predecessor successor
	رعاية برعاية patronage auspices patronat parrainage
	اتصالات مكالمات calls appels
	تهنئة التهنئة تهاني برقية برقيات congratulated congratulation congratulations congratulatory félicitations félicité
	توجيهات التوجيهات تعليمات التعليمات directives instructions orientations`)

// militaryRanks are grades that follow an office in a chain: "نائب رئيس
// الأركان العميد الركن X" is the deputy chief, a brigadier.
var militaryRanks = newPlainSet(`العميد العماد اللواء الفريق العقيد المقدم الرائد النقيب`)

// staffWords follow a military grade: "العميد الركن".
var staffWords = newPlainSet(`الركن`)

// alaHeads are offices whose object follows على: "المشرف العام على
// المركز", "القائم على المشروع".
var alaHeads = newPlainSet(`المشرف المشرفة القائم القائمة`)

// dealNouns are the objects of signing and granting verbs: after a body's
// name they never continue it ("وقعت شركة سونلغاز الاتفاقية").
var dealNouns = newPlainSet(`الاتفاقية الاتفاقيات الاتفاق المذكرة العقد العقود البروتوكول الصفقة المنحة القرض التمويل`)
