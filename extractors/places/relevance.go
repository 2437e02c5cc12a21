package places

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Relevance of a place to the event. A name after a preposition of place
// is not always where the event happens: "the situation in Yemen" names a
// talk topic, "refugees in Chad" where people live, "the EU mission in
// Cairo" a mission's seat, "وزير الخارجية في كينيا" a minister's
// government, "the committee to be held in Tunis next month" a future
// venue, "the 2019 conference in Paris", "a meeting held in Doha in 2019"
// or "after a visit to Qatar" a past one, "congratulations to Qatar" a
// recipient, "president of the Souss region" an office. These rules look
// at the words around a match (folded tokens of the scanner) and say
// whether its tie is background, or, the other way round, whether a
// country with no preposition is still the event's place ("devastated
// southern Peru", "left Tunisia, where…").

// topicHeads are nouns that, right before a preposition of place, make
// the place what is spoken about or where someone lives or serves rather
// than where the event happens ("الأوضاع في اليمن", "the war in Yemen",
// "refugees in Chad", "ambassador to Peru", "la crise au Sahel"). A
// source's or a correspondent's town is often the scene itself ("قال مراسل
// الجزيرة في الخرطوم إن الاشتباكات تجددت"), so it is not one of them.
var topicHeads = map[string]bool{
	// ar
	"الاوضاع": true, "الوضع": true, "اوضاع": true, "وضع": true, "الازمه": true, "ازمه": true,
	"الحرب": true, "حرب": true, "النزاع": true, "نزاع": true, "الصراع": true, "صراع": true,
	"التطورات": true, "تطورات": true, "مستجدات": true, "الاحداث": true, "احداث": true,
	"القتال": true, "المعارك": true, "العدوان": true, "الاستقرار": true, "التسويه": true,
	"اللاجيين": true, "لاجيين": true, "اللاجيون": true, "النازحين": true, "نازحين": true,
	"الجاليه": true, "جاليه": true, "المقيمين": true, "سفاره": true, "السفاره": true, "سفير": true,
	"السفير": true, "سفيره": true, "السفيره": true,
	// en
	"situation": true, "crisis": true, "war": true, "conflict": true, "fighting": true,
	"violence": true, "unrest": true, "transition": true, "stability": true, "developments": true,
	"refugees": true, "displaced": true, "migrants": true, "nationals": true, "diaspora": true,
	"embassy": true, "ambassador": true, "envoy": true,
	// fr
	"crise": true, "guerre": true, "conflit": true, "violences": true, "stabilite": true,
	"refugies": true, "deplaces": true, "ressortissants": true,
	"ambassade": true, "ambassadeur": true, "ambassadrice": true,
}

// futureWords mark a clause about a later event ("المزمع عقدها", "the
// next summit", "prochain sommet"): its place is not this event's.
var futureWords = map[string]bool{
	"المزمع": true, "المزمعه": true, "المقبل": true, "المقبله": true, "القادم": true, "القادمه": true,
	"سيعقد": true, "ستعقد": true, "سيحتضن": true, "ستحتضن": true, "سيستضيف": true, "ستستضيف": true,
	"next": true, "upcoming": true, "future": true, "will": true,
	"prochain": true, "prochaine": true, "prochains": true, "prochaines": true, "tiendra": true, "accueillera": true,
}

// compareWords mark a place named for comparison ("على غرار ما حدث في
// تركيا", "like in Chile", "comme en Espagne") or a trip home after the
// event ("عاد إلى بلاده", "before returning to Rome").
var compareWords = map[string]bool{
	"غرار": true, "like": true, "unlike": true, "comme": true, "contrairement": true,
	"عاد": true, "عوده": true, "عودته": true, "returned": true, "returning": true, "retour": true, "regagne": true,
}

// afterAt reports "after" opening a clause at token k ("after wrapping up
// a visit to Qatar", "بعد أن أنهى زيارة إلى قطر", "après avoir quitté
// Niamey"): the clause tells an earlier step, not this event. Arabic
// "بعد" alone is also "بعد ظهر اليوم" (this afternoon), so it needs "أن".
func (s *scanner) afterAt(k int) bool {
	switch s.tok(k) {
	case "after":
		return true
	case "بعد", "وبعد":
		return k+1 < len(s.toks) && s.tok(k+1) == "ان"
	case "apres":
		return k+1 < len(s.toks) && s.tok(k+1) == "avoir"
	}
	return false
}

// messageWords make "إلى"/"to"/"à" name a recipient: "نقل تهاني القيادة
// إلى المغرب", "congratulations to Qatar".
var messageWords = map[string]bool{
	"تهاني": true, "التهاني": true, "تهنيه": true, "تهانيه": true, "رساله": true, "برقيه": true,
	"تعازي": true, "التعازي": true, "تحيات": true, "شكر": true, "الشكر": true,
	"congratulations": true, "message": true, "letter": true, "condolences": true, "greetings": true, "thanks": true,
	"felicitations": true, "lettre": true, "condoleances": true, "remerciements": true,
}

// officeWords before a region or town make it a person's office, not a
// place of the event: "رئيس جهة سوس", "governor of Kano", "maire de Lyon".
var officeWords = map[string]bool{
	"رييس": true, "رييسه": true, "والي": true, "محافظ": true, "عمده": true, "حاكم": true,
	"governor": true, "mayor": true, "president": true, "chairman": true, "premier": true,
	"gouverneur": true, "maire": true, "presidente": true, "wali": true,
}

// directionWords before a country name a part of it ("southern Peru",
// "شمال تشاد", "le nord du Mali"): a place, not a party.
var directionWords = map[string]bool{
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true, "وسط": true, "بشمال": true, "بجنوب": true,
	"بشرق": true, "بغرب": true, "بوسط": true, "شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true,
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true,
	"nord": true, "sud": true, "est": true, "ouest": true, "centre": true,
}

// whereWords after a country make it the scene: "غادر … تونس حيث شارك",
// "arrived in Oman, where he met".
var whereWords = map[string]bool{"حيث": true, "where": true}

// whereEvent reports a place followed by "where" and an event verb within
// four words: "من الرياض، حيث التقى", "from Muscat, where he met",
// "depuis Dakar, où il a rencontré". The clause says the event happened
// there, whatever preposition ties the place ("from", "من", none).
func (s *scanner) whereEvent(m *match) bool {
	k := m.tj
	if k >= len(s.toks) {
		return false
	}
	if w := s.tok(k); !whereWords[w] && !(w == "ou" && s.doc.Lang == "fr") {
		return false // French "où" folds to "ou" ("or"): a verb must follow
	}
	if s.pastBefore(m.ti, m.start) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.toks[j].Break {
			return false
		}
		if w := s.tok(j); eventVerbs[w] || len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && eventVerbs[w[2:]] {
			return true
		}
	}
	return false
}

// pastBefore reports a past word ("الماضي", "last", "dernier") or "كان"
// in the sentence before token i, which starts at byte start: the
// sentence tells of an earlier trip ("وكان قد زار الأسبوع الماضي القاهرة،
// حيث التقى").
func (s *scanner) pastBefore(i, start int) bool {
	from := strings.LastIndexAny(s.text[:start], ".\n") + 1
	for j := i - 1; j >= 0 && s.toks[j].Start >= from; j-- {
		if isPast(s.tok(j)) {
			return true
		}
	}
	return false
}

// pastSentence reports a past word anywhere in the sentence of token i,
// which starts at byte start ("hosted … last month").
func (s *scanner) pastSentence(i, start int) bool {
	return s.pastBefore(i, start) || s.sentenceHas(i, start, isPast)
}

// futureSentence reports a word of a later event ("المقبلة", "next",
// "will", "prochain") in the sentence of token i from token i on: "على أن
// تستضيف الرياض الدورة المقبلة".
func (s *scanner) futureSentence(i, start int) bool {
	return s.sentenceHas(i, start, func(w string) bool { return futureWords[w] })
}

// sentenceHas reports a word satisfying is from token i to the end of the
// sentence running on from byte start.
func (s *scanner) sentenceHas(i, start int, is func(string) bool) bool {
	end := sentenceEnd(s.text, start)
	for j := i; j < len(s.toks) && s.toks[j].Start < end; j++ {
		if is(s.tok(j)) {
			return true
		}
	}
	return false
}

func isPast(w string) bool { return pastWords[w] || w == "كان" || w == "وكان" }

// relativeWords open a relative clause ("والتي وقعت في", "which was
// signed in", "qui a été signé à").
var relativeWords = map[string]bool{
	"التي": true, "الذي": true, "والتي": true, "والذي": true, "اللذين": true, "اللتين": true,
	"which": true, "that": true, "qui": true, "lequel": true, "laquelle": true,
}

// pastWords right after a place date its clause before this event:
// "الأسبوع الماضي", "سابقا", "last week", "l'an dernier".
var pastWords = map[string]bool{
	"الماضي": true, "الماضيه": true, "سابقا": true, "المنصرم": true, "المنصرمه": true,
	"last": true, "earlier": true, "previously": true, "dernier": true, "derniere": true, "precedent": true,
}

// earlierEvent reports a place in a relative clause about an earlier
// event: a relative word in the clause before it and a past word within
// three words after it ("مذكرة التفاهم التي وقعت في نيامي الشهر الماضي",
// "the accord, which was signed in Niamey last month").
func (s *scanner) earlierEvent(m *match) bool {
	past := false
	for j := m.tj; j < len(s.toks) && j < m.tj+3 && !s.toks[j].Break; j++ {
		if pastWords[s.tok(j)] {
			past = true
			break
		}
	}
	if !past {
		return false
	}
	for k := m.ti - 1; k >= 0 && k > m.ti-1-clauseWindow; k-- {
		if relativeWords[s.tok(k)] {
			return true
		}
		if s.toks[k].Break {
			return false
		}
	}
	return false
}

// governmentWords name a state's government: "حكومة تونس", "the
// government of Ghana", "Nepal government", "le gouvernement du Niger".
var governmentWords = map[string]bool{"حكومه": true, "وحكومه": true, "government": true, "gouvernement": true}

// signWords are the verbs of a signing.
var signWords = map[string]bool{
	"وقع": true, "وقعت": true, "يوقع": true, "توقع": true, "ووقع": true, "ووقعت": true, "وقعا": true,
	"signed": true, "signs": true, "sign": true, "signe": true, "signent": true, "signes": true,
}

// signingGovernment reports a country whose government signs in the
// opening sentence ("The Islamic Development Bank and Senegal government
// signed", "وقعت حكومة تونس والبنك", "le gouvernement du Mali a signé"):
// the agreement concerns that country, a place of the event even with no
// preposition before it.
func (s *scanner) signingGovernment(m *match) bool {
	if m.Kind != KindCountry {
		return false
	}
	end := s.firstEnd()
	if m.start >= end {
		return false
	}
	gov := m.tj < len(s.toks) && !s.toks[m.tj].Break && s.tok(m.tj) == "government"
	for k := m.ti - 1; !gov && k >= 0 && k >= m.ti-3 && !s.toks[k+1].Break; k-- {
		w := s.tok(k)
		gov = governmentWords[w]
		if !linkWords[w] && !articles[w] {
			break
		}
	}
	if !gov {
		return false
	}
	for k := 0; k < len(s.toks) && s.toks[k].Start < end; k++ {
		if signWords[s.tok(k)] {
			return true
		}
	}
	return false
}

// deptHeads head the name of an organization's office for a set of
// countries: "المدير الإقليمي لدائرة مصر واليمن", "Country Director for
// Egypt, Yemen and Djibouti", "directeur des opérations pour le Maghreb".
var deptHeads = map[string]bool{
	"دايره": true, "لدايره": true, "بدايره": true, "مدير": true, "المدير": true, "والمدير": true, "ممثل": true, "الممثل": true,
	"director": true, "directors": true, "manager": true, "representative": true,
	"directeur": true, "directrice": true, "representant": true, "responsable": true,
}

// deptWords may stand between a department head and the countries it
// covers, besides other place names, articles, links and conjunctions.
var deptWords = map[string]bool{
	"الاقليمي": true, "القطري": true, "الخليج": true, "العربي": true, "الشرق": true, "الاوسط": true, "افريقيا": true, "واليمن": true,
	"for": true, "country": true, "regional": true, "operations": true, "middle": true, "africa": true, "gulf": true, "region": true,
	"pour": true, "afrique": true, "moyen": true, "orient": true, "maghreb": true, "pays": true,
}

// deptGap is every word deptName lets stand between a department head and
// its place: deptWords, links, articles, conjunctions and directions, in
// one set so that each token costs a single lookup.
var deptGap = wordUnion(deptWords, linkWords, articles, conjunctions, directionWords)

// wordUnion returns the words set in any of sets.
func wordUnion(sets ...map[string]bool) map[string]bool {
	u := make(map[string]bool)
	for _, set := range sets {
		for w, ok := range set {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}

// deptName reports a place inside the name of an organization's office
// (see deptHeads): the office's scope, not a place of the event.
func (s *scanner) deptName(m *match) bool {
	for k := m.ti - 1; k >= 0 && k >= m.ti-10; k-- {
		if s.toks[k+1].Break && strings.ContainsAny(s.text[s.toks[k].End:s.toks[k+1].Start], ".\n") {
			return false
		}
		w := s.tok(k)
		if deptHeads[w] {
			return true
		}
		if !deptGap[w] && !s.inMatch(k) {
			return false
		}
	}
	return false
}

// inMatch reports whether token k lies in a match, kept or not.
func (s *scanner) inMatch(k int) bool {
	i := sort.Search(len(s.ms), func(i int) bool { return s.ms[i].tj > k })
	return i < len(s.ms) && s.ms[i].ti <= k
}

// clauseWindow bounds how far back a future or past marker is looked for.
const clauseWindow = 8

// prepToken returns the index of the preposition token tying match m, or
// -1: the token of m itself when a proclitic ب or ل is fused to the name
// ("بالرباط"), else the token before it.
func (s *scanner) prepToken(m *match) int {
	if m.start > s.toks[m.ti].Start {
		return m.ti // fused proclitic
	}
	k := m.ti - 1
	if k > 0 && !s.toks[k+1].Break && directionWords[s.tok(k)] {
		k-- // "in northern Chad"
	}
	if k > 0 && !s.toks[k+1].Break && articles[s.tok(k)] {
		k--
	}
	if k >= 0 && !s.toks[k+1].Break && (inPreps[s.tok(k)] || locPreps[s.tok(k)]) {
		return k
	}
	return -1
}

// background reports a place whose only tie to the event is background:
// a topic, residence or mission noun right before its preposition, a
// message's recipient, a later event outside the opening sentence, an
// event of another year, or a person's office.
func (s *scanner) background(m *match) bool {
	if s.office(m) || s.earlierEvent(m) {
		return true
	}
	p := s.prepToken(m)
	if p < 0 {
		return false
	}
	head := p - 1
	if p == m.ti {
		head = m.ti - 1 // the word before "بالرباط"
	}
	if n := s.nameEndingAt(head + 1); n >= 0 && s.ms[n].ti > 0 {
		head = s.ms[n].ti - 1 // "سفارة المغرب في باريس": past a genitive name
		if head > 0 && !s.toks[head+1].Break && linkWords[s.tok(head)] {
			head-- // "the embassy of Niger in Mali", "l'ambassade du Niger au Mali"
		}
	}
	if s.topicHead(head, topicHeads) {
		return true
	}
	toward := p < m.ti && (s.tok(p) == "الي" || s.tok(p) == "والي" || s.tok(p) == "to" || s.tok(p) == "into")
	town := m.Kind == KindCity || m.Kind == KindCapital
	if m.Kind == KindCountry && !toward && s.topicHead(head, ministerHeads) {
		return true // "وزير المالية في كينيا": the minister's government
	}
	if town && !toward && s.topicHead(head, missionHeads) {
		// "بعثة الاتحاد الأوروبي في نواكشوط" is the mission's seat; not
		// "وصلت البعثة إلى نواكشوط", nor "بعثة الاتحاد الإفريقي في الصومال",
		// the country it works for
		return true
	}
	if p == m.ti-1 && s.doc.Lang == "en" && s.tok(p) == "to" && s.tok(m.tj) == "s" {
		return true // "to Norway's grant": a genitive, not a destination
	}
	to := p < m.ti && (s.tok(p) == "الي" || s.tok(p) == "والي" || s.tok(p) == "to" || s.tok(p) == "a")
	year := s.doc.Published.Year()
	for k := head; k >= 0 && k > head-clauseWindow; k-- {
		if s.toks[k+1].Break {
			break
		}
		w := s.tok(k)
		if to && messageWords[w] {
			return true
		}
		if compareWords[w] || s.afterAt(k) {
			return true
		}
		if futureWords[w] && m.start > s.firstEnd() {
			return true
		}
		if otherYear(w, year, s.doc.Published.IsZero()) {
			return true // "the 2019 summit in Lima"
		}
	}
	// a year right after the place, bare or after "in": "a meeting held in
	// Doha in 2019", "accueilli en Espagne en 2019", "في الدوحة عام 2019"
	// (not "the first vote in Chad since 2011")
	k := m.tj
	if k < len(s.toks) && !s.toks[k].Break && yearPreps[s.tok(k)] {
		k++
	}
	return k < len(s.toks) && !s.toks[k].Break && otherYear(s.tok(k), year, s.doc.Published.IsZero())
}

// yearPreps stand between a place and the year of its event.
var yearPreps = map[string]bool{"in": true, "en": true, "عام": true, "العام": true, "سنه": true, "في": true}

// otherYear reports a word that is a year from 1900 on other than year,
// the publication's; with no publication date (unknown) nothing is.
func otherYear(w string, year int, unknown bool) bool {
	if unknown || len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1900 && y != year
}

// nameEndingAt returns the index of the kept match ending at token j, or -1.
func (s *scanner) nameEndingAt(j int) int {
	for i := range s.ms {
		if s.ms[i].tj == j && !s.ms[i].skip {
			return i
		}
		if s.ms[i].ti >= j {
			break
		}
	}
	return -1
}

// missionHeads name a standing mission, which a town after "in" places
// where it sits ("بعثة الاتحاد الأوروبي في نواكشوط", "the EU mission in
// Dakar"); after "to" the mission travels, an event, and a country after
// "in" is the one it works for.
var missionHeads = map[string]bool{
	"بعثه": true, "ببعثه": true, "لبعثه": true, "وبعثه": true, "البعثه": true,
	"mission": true, "missions": true,
}

// ministerHeads, with their portfolio, before "في" and a country make it
// the minister's government, not a place: "وزيرة الصحة في
// كينيا" (a town after them stays: "استقبل وزير الخارجية في الرباط").
var ministerHeads = map[string]bool{
	"وزير": true, "وزيره": true, "الوزير": true, "ووزير": true, "لوزير": true,
}

// envoyHeads name an envoy or a mission, whose state is named after them
// ("سفير الصين", "سفارة المغرب", "l'ambassadeur de Chine", "the embassy of
// Japan") or before them ("China's ambassador").
var envoyHeads = map[string]bool{
	"سفير": true, "السفير": true, "سفيره": true, "السفيره": true, "سفاره": true, "السفاره": true, "وسفير": true, "بسفير": true,
	"ambassador": true, "embassy": true, "envoy": true, "ambassadeur": true, "ambassadrice": true, "ambassade": true,
}

// envoyOf reports a country named as the state of an envoy or a mission:
// it sends the envoy, which says nothing of where the event happens.
func (s *scanner) envoyOf(m *match) bool {
	k := m.ti - 1
	if k > 0 && !s.toks[k+1].Break && linkWords[s.tok(k)] {
		k-- // "ambassadeur de Chine", "the embassy of Japan"
	}
	if k >= 0 && !s.toks[k+1].Break && envoyHeads[s.tok(k)] {
		return true
	}
	j := m.tj
	if j < len(s.toks) && !s.toks[j].Break && s.tok(j) == "s" {
		j++ // "China's ambassador"
	}
	return j < len(s.toks) && !s.toks[j].Break && envoyHeads[s.tok(j)]
}

// topicHead reports a noun of heads at token head, or before one or two
// adjectives that follow it ("الأوضاع الإنسانية في", "la crise politique
// au", "الحرب الدائرة في").
func (s *scanner) topicHead(head int, heads map[string]bool) bool {
	for k := head; k >= 0 && k >= head-2; k-- {
		if s.toks[k+1].Break {
			return false
		}
		w := s.tok(k)
		if heads[w] {
			return true
		}
		if k < head && !strings.HasPrefix(w, "ال") || s.doc.Lang == "en" {
			// only Arabic definite adjectives let a third word through;
			// English puts its adjectives before the noun ("refugees
			// arrived in Chad" has no topic)
			return false
		}
	}
	return false
}

// quotedTitle reports a name that opens a quoted title of several words,
// an outlet's or a body's ("أفادت "تركيا اليوم"", "told "Kenya Today""):
// an opening quote right before the name (past a proclitic and tatweel)
// and the closing quote one to three words after it. Such a name does
// not count towards the country the text names most (a quote already
// cuts it off from a preposition before it).
func (s *scanner) quotedTitle(m *match) bool {
	open := false
	for j := m.start; j > 0 && m.start-j < 8; {
		r, size := utf8.DecodeLastRuneInString(s.text[:j])
		j -= size
		if strings.ContainsRune("\"«“", r) {
			open = true
			break
		}
		if r != 'ـ' && r != 'ل' && r != 'ب' && r != 'و' {
			break
		}
	}
	if !open {
		return false
	}
	rest := s.text[m.end:min(m.end+60, len(s.text))]
	q := strings.IndexAny(rest, "\"»”")
	if q < 0 {
		return false
	}
	q += m.end
	words := 0
	for k := m.tj; k < len(s.toks) && s.toks[k].End <= q; k++ {
		words++
	}
	return words >= 1 && words <= 3
}

// office reports a region or town named as a person's office: an office
// word before it, directly, through a linking word or through a region
// word ("رئيس جهة …", "governor of … province", "maire de …").
func (s *scanner) office(m *match) bool {
	k := m.ti - 1
	for n := 0; k >= 0 && n < 3; n++ {
		if s.toks[k+1].Break {
			return false
		}
		w := s.tok(k)
		if officeWords[w] || strings.HasPrefix(w, "و") && officeWords[w[len("و"):]] {
			return true
		}
		if !linkWords[w] && !regionWords[w] && !cityWords[w] {
			return false
		}
		k--
	}
	return false
}

// sceneCountry reports a country tied to the event without a preposition:
// a part of it named by a direction word ("southern Peru", "شمال
// مالي"), or "where" right after it ("غادر تونس حيث").
func (s *scanner) sceneCountry(m *match) bool {
	if m.ti > 0 && !s.toks[m.ti].Break && directionWords[s.tok(m.ti-1)] {
		return true
	}
	return m.tj < len(s.toks) && whereWords[s.tok(m.tj)]
}

// settlementWords after capitalised words name a settlement too small for
// the gazetteer ("Dongping Township", "Kalani Village").
var settlementWords = map[string]bool{"township": true, "village": true}

// smallTowns adds the settlements an English text names with a settlement
// word, when every place already kept lies in one country: the settlement
// is then in that country ("the epicentre was in Dongping Township" in a
// text about Sichuan). The name is the capitalised words between a
// locative preposition and the settlement word.
func (s *scanner) smallTowns(out []Place) []Place {
	if s.doc.Lang != "en" || len(out) == 0 {
		return out
	}
	c := out[0].Country
	for _, p := range out {
		if p.Country != c {
			return out
		}
	}
	for k := 1; k < len(s.toks); k++ {
		if !settlementWords[s.tok(k)] || s.toks[k].Break || !upperAt(s.text, s.toks[k].Start) {
			continue
		}
		j := k
		for j > 0 && k-j < 3 && !s.toks[j].Break && upperAt(s.text, s.toks[j-1].Start) && !s.named(j-1) {
			j--
		}
		if j == k || j == 0 || s.toks[j].Break || !locPreps[s.tok(j-1)] {
			continue // no name, or not "in X Township" ("the Olympic Village")
		}
		name := s.text[s.toks[j].Start:s.toks[k-1].End]
		dup := false
		for _, p := range out {
			dup = dup || p.Name == name
		}
		if !dup {
			out = append(out, Place{Span: s.doc.Span(s.toks[j].Start, s.toks[k].End, 0.7), Name: name, Country: c, Kind: KindCity})
		}
	}
	return out
}

// upperAt reports an upper-case letter at byte i of text.
func upperAt(text string, i int) bool {
	return i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
}

// named reports whether token k lies in a kept gazetteer match.
func (s *scanner) named(k int) bool {
	// matches are in text order and do not overlap: the one that may hold
	// k is the first ending after it
	i := sort.Search(len(s.ms), func(i int) bool { return s.ms[i].tj > k })
	for ; i < len(s.ms) && s.ms[i].ti <= k; i++ {
		if !s.ms[i].skip {
			return true
		}
	}
	return false
}

// visitWords before a country make it the destination of a visit or a
// journey: "زيارة إلى الأردن", "وصل إلى مصر", "a visit to Jordan",
// "arrived in Chad", "en visite en Mauritanie".
var visitWords = map[string]bool{
	"زياره": true, "بزياره": true, "زيارته": true, "زيارتها": true, "زيارات": true, "يزور": true, "زار": true,
	"وصل": true, "يصل": true, "وصلت": true, "تصل": true, "توجه": true, "يتوجه": true, "جوله": true,
	"visit": true, "visits": true, "visiting": true, "visited": true, "trip": true, "tour": true,
	"arrived": true, "arrives": true, "arrive": true, "travelled": true, "traveled": true, "travels": true,
	"visite": true, "rendu": true, "rendra": true, "deplacement": true, "tournee": true,
}

// destination reports a country named as the place a visit or journey
// goes to: a preposition of place before it (past an article) and a visit
// word in the clause before the preposition ("وصل وزير الخارجية اليوم
// إلى موريتانيا").
func (s *scanner) destination(m *match) bool {
	return m.Kind == KindCountry && s.visitTo(m)
}

// stateByCapital reports a capital written as another country's name
// ("عمان": Amman, and Oman) that is the destination of a visit with no
// capital word before it or venue in its sentence ("وصل إلى عمان في زيارة
// رسمية"): the
// visit is to the state, not to its capital ("إلى العاصمة الأردنية عمان",
// "إلى عمان حيث استقبله الملك في قصر بسمان" keep the town).
func (s *scanner) stateByCapital(m *match) bool {
	if m.Kind != KindCapital || m.phrase || !s.visitTo(m) || !s.otherCountryName(m) {
		return false
	}
	end := sentenceEnd(s.text, m.end)
	for k := max(m.ti-2, 0); k < len(s.toks) && s.toks[k].Start < end; k++ {
		if w := s.tok(k); capitalWords[w] || cityWords[w] || arPalaceWords[w] {
			return false // a capital word before it, a venue in its sentence
		}
	}
	return true
}

// otherCountryName reports whether the name of match m is also the name of
// a country other than its own.
func (s *scanner) otherCountryName(m *match) bool {
	for _, r := range m.refs {
		if e := &s.g.entries[r.e]; e.kind == 'C' && e.country != m.Country && r.role&roleName != 0 {
			return true
		}
	}
	return false
}

// visitTo reports a place after a preposition of place with a visit word
// in the clause before it.
func (s *scanner) visitTo(m *match) bool {
	if !m.inPrep {
		return false
	}
	i := m.ti
	if i > 1 && !s.toks[i].Break && articles[s.tok(i-1)] {
		i--
	}
	if !inPreps[s.tok(i-1)] {
		i++ // the preposition is a proclitic of the name: "زيارة لمصر", "بزيارة للأردن"
	}
	for k := i - 2; k >= 0 && k > i-1-clauseWindow; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if visitWords[s.tok(k)] {
			return true
		}
	}
	return false
}

// eventVerbs tell that a sentence reports an event rather than background:
// meetings, visits, signings, openings, disasters and attacks.
var eventVerbs = map[string]bool{
	// ar
	"عقد": true, "عقدت": true, "يعقد": true, "تعقد": true, "انعقد": true, "انعقدت": true, "اجتمع": true, "التقي": true,
	"استقبل": true, "يستقبل": true, "وصل": true, "يصل": true, "زار": true, "يزور": true, "وقع": true, "وقعت": true,
	"يوقع": true, "افتتح": true, "يفتتح": true, "انطلق": true, "انطلقت": true, "شارك": true, "يشارك": true,
	"اختتم": true, "اختتمت": true, "ضرب": true, "ضربت": true, "اجتاح": true, "اجتاحت": true, "قتل": true,
	"استضاف": true, "استضافت": true, "احتضن": true, "احتضنت": true, "جري": true, "جرت": true, "اقيم": true, "اقيمت": true,
	// en
	"held": true, "met": true, "meets": true, "signed": true, "signs": true, "opened": true, "opens": true,
	"arrived": true, "arrives": true, "visited": true, "visits": true, "hosted": true, "hosts": true,
	"struck": true, "hit": true, "killed": true, "launched": true, "attended": true, "took": true,
	// fr
	"tenu": true, "tenue": true, "reuni": true, "reunis": true, "signe": true, "ouvert": true, "arrive": true,
	"visite": true, "accueilli": true, "accueille": true, "frappe": true, "lance": true, "participe": true,
	"rencontre": true, "recu": true, "entretenu": true,
}

// eventSentence reports an event verb in the sentence of match m.
func (s *scanner) eventSentence(m *match) bool {
	start := strings.LastIndexAny(s.text[:m.start], ".\n") + 1
	end := sentenceEnd(s.text, m.end)
	k := m.ti
	for k > 0 && s.toks[k-1].Start >= start {
		k--
	}
	for ; k < len(s.toks) && s.toks[k].Start < end; k++ {
		w := s.tok(k)
		if eventVerbs[w] {
			return true
		}
		if len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && eventVerbs[w[2:]] {
			return true // "ووقع", "فاجتمع"
		}
	}
	return false
}
