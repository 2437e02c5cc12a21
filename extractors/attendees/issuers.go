package attendees

import "strings"

// Organizations read from the structure around them rather than from a
// head noun the lexicon or patternAr/patternLa know: bodies written in a
// short or adjectival form that issue statements, regional councils,
// parties that win seats, and names given after the word "party".

// arShortBodies are Arabic short forms of government bodies that need a
// demonym after them ("الخارجية المغربية" is the foreign ministry).
var arShortBodies = newWordSet(`الخارجية الداخلية الرئاسة الصحة الدفاع`)

// presidencyWords open a presidency or prime minister's office: with a
// demonym or "de la République"/"الجمهورية" after them they name a body.
var presidencyWords = newWordSet(`رئاسة présidence presidency primature`)

// stateNouns follow a presidency word to name the office: "رئاسة الجمهورية",
// "رئاسة الوزراء", "رئاسة مجلس الوزراء".
var stateNouns = newWordSet(`الجمهورية الحكومة الوزراء republique république gouvernement`)

// seatWords count what an election gives a party.
var seatWords = newWordSet(`sièges siège seats seat députés deputes élus مقعدا مقاعد مقعد مقعدًا`)

// partyWords introduce a party's name: "le parti Les Verts".
var partyWords = newWordSet(`parti party`)

// regionWords open a regional council when a place follows: "جهة الداخلة".
var regionWords = newWordSet(`جهة`)

// shapeOrgs adds the organizations found from their context.
func (c *context) shapeOrgs() {
	starts := arShortBodies.bit | presidencyWords.bit | regionWords.bit | partyWords.bit | arListHeads.bit
	for i := 0; i < len(c.toks); i++ {
		t := &c.toks[i]
		if c.inOrg[i] || !t.word() || t.cls&starts == 0 && !t.acr && !t.cap {
			continue // the common case: no pattern can start here
		}
		h, ok := c.shortBody(i)
		if !ok {
			h, ok = c.regionalCouncil(i)
		}
		if !ok {
			h, ok = c.namedParty(i)
		}
		if !ok {
			h, ok = c.seatParty(i)
		}
		if !ok {
			h, ok = c.seatName(i)
		}
		if !ok {
			h, ok = c.listParty(i)
		}
		if !ok {
			h, ok = c.arSeatList(i)
		}
		if !ok && (c.subjectAcronym(i) || c.sourceAcronym(i)) {
			h, ok = orgHit{i: i, j: i + 1, ai: i + 1, aj: i + 1}, true
		}
		if ok {
			c.addOrg(h)
			i = h.j - 1
		}
	}
}

// procliticIn returns the runes of a single-letter Arabic proclitic (و، ب، ل،
// ف، ك) on token i when the word without it is in s, or -1 when neither
// the word nor its stem is.
func (c *context) procliticIn(i int, s wordSet) int {
	t := &c.toks[i]
	if s.hasKey(t.key) {
		return 0
	}
	for _, rd := range stems(t.key, c.buf)[1:] {
		if s.hasKey(rd.stem) {
			return rd.raw
		}
	}
	return -1
}

// shortBody reads "الخارجية الجزائرية", "رئاسة الجمهورية", "la présidence
// ivoirienne", "la Présidence de la République".
func (c *context) shortBody(i int) (orgHit, bool) {
	t := &c.toks[i]
	if i+1 >= len(c.toks) {
		return orgHit{}, false
	}
	if t.ar {
		if !(arShortBodies.has(t) || presidencyWords.has(t)) {
			return orgHit{}, false
		}
		pre := c.procliticIn(i, arShortBodies)
		if pre < 0 {
			// "برئاسة" (chaired by) is no body: only و may stand before رئاسة
			if pre = c.procliticIn(i, presidencyWords); pre < 0 || pre > 0 && !strings.HasPrefix(t.key, waw) && !c.statementOf(i) {
				return orgHit{}, false
			}
			if i > 0 && c.toks[i-1].key == "تحت" {
				return orgHit{}, false // "تحت رئاسة" (under the chairmanship of)
			}
			if stateNouns.hasKey(c.toks[i+1].key) {
				return orgHit{i: i, j: i + 2, pre: pre, head: true}, true
			}
			// "رئاسة مجلس الوزراء"
			if c.toks[i+1].key == "مجلس" && i+2 < len(c.toks) && stateNouns.hasKey(c.toks[i+2].key) {
				return orgHit{i: i, j: i + 3, pre: pre, head: true}, true
			}
		}
		// the demonym agrees with the feminine body noun: in "وزير
		// الخارجية الجزائري" it is the minister's
		// ("السعودية" is also the country's short name)
		if c.countryish(i+1) && c.mention(i+1).Kind != "capital" && strings.HasSuffix(c.toks[i+1].key, "يه") && !c.coveredByTitle(i) {
			return orgHit{i: i, j: i + 2, pre: pre, head: true}, true
		}
		return orgHit{}, false
	}
	if !presidencyWords.hasKey(t.key) {
		return orgHit{}, false
	}
	if c.countryish(i+1) && c.mention(i+1).Kind == "demonym" {
		return orgHit{i: i, j: i + 2}, true
	}
	// "Présidence de la République"
	k := i + 1
	for k < len(c.toks) && k-i <= 3 && (laPreps.hasKey(c.toks[k].key) || laArticles.hasKey(c.toks[k].key)) {
		k++
	}
	if k > i+1 && k < len(c.toks) && stateNouns.hasKey(c.toks[k].key) && c.toks[k].cap {
		return orgHit{i: i, j: k + 1}, true
	}
	return orgHit{}, false
}

// regionalCouncil reads "جهة + place" and "مجلس جهة + place", with the
// hyphenated names of a region made of several towns ("جهة فاس - مكناس").
// The council is its president's employer, so it counts inside a role.
func (c *context) regionalCouncil(i int) (orgHit, bool) {
	t := &c.toks[i]
	if !t.ar || !regionWords.has(t) || i+1 >= len(c.toks) {
		return orgHit{}, false
	}
	pre := c.procliticIn(i, regionWords)
	if pre < 0 || c.mention(i+1) == nil || i > 0 && c.toks[i-1].key == "من" {
		return orgHit{}, false // "من جهة المغرب": on Morocco's side
	}
	j := c.placeEnd(i + 1)
	for j+1 < len(c.toks) && c.toks[j].p == '-' && c.mention(j+1) != nil {
		j = c.placeEnd(j + 1)
	}
	s := i
	if i > 0 && pre == 0 && arOrgHead.has(&c.toks[i-1]) && !c.inOrg[i-1] {
		s = i - 1 // "مجلس جهة …"
		pre = max(0, c.procliticIn(s, arOrgHead))
	}
	return orgHit{i: s, j: j, pre: pre, head: true}, true
}

// placeEnd returns the token after the gazetteer mention covering token k.
func (c *context) placeEnd(k int) int {
	m := c.mentAt[k]
	for k < len(c.toks) && c.mentAt[k] == m {
		k++
	}
	return k
}

// namedParty reads the capitalized name after "parti"/"party": "le parti
// Les Bâtisseurs", "the Green Future party" is read by patternLa.
func (c *context) namedParty(i int) (orgHit, bool) {
	t := &c.toks[i]
	if t.ar || t.cap || !partyWords.hasKey(t.key) {
		return orgHit{}, false
	}
	k := i + 1
	end := k
	for k < len(c.toks) && k-i <= 6 {
		x := &c.toks[k]
		if !x.word() || x.ar || x.nl {
			break
		}
		if x.cap || x.upper {
			if _, isTitle := c.title(k, 0); k == i+1 && (c.startsName(k) || isTitle) {
				return orgHit{}, false // "the party Chairman X" is a person
			}
			k++
			end = k
			continue
		}
		if end > i+1 && (laPreps.hasKey(x.key) || laArticles.hasKey(x.key)) && k+1 < len(c.toks) && c.toks[k+1].cap {
			k++
			continue
		}
		break
	}
	if end == i+1 || c.inOrg[i+1] {
		return orgHit{}, false
	}
	if end == i+2 && laArticles.hasKey(c.toks[i+1].key) {
		return orgHit{}, false
	}
	return orgHit{i: i + 1, j: end}, true
}

// seatParty reads an acronym that wins seats: "le PRN arrive en tête avec
// 41 sièges", "the NDA won 12 seats", "l’UPN avec 3 sièges".
func (c *context) seatParty(i int) (orgHit, bool) {
	t := &c.toks[i]
	if t.ar || !t.acr || len(t.key) < 2 || len(t.key) > 8 || c.mention(i) != nil {
		return orgHit{}, false
	}
	if _, ok := c.title(i, 0); ok {
		return orgHit{}, false
	}
	e, _ := c.acronymEnd(i) // "le PS-R avec 4 sièges"
	if c.codeAt(e) {
		return orgHit{}, false // "NA-35": a constituency's code
	}
	for k := e; k < len(c.toks) && k-i <= 12; k++ {
		x := &c.toks[k]
		if x.p == '.' || x.p == ';' || x.nl {
			break
		}
		if seatWords.hasKey(x.key) && k > e && (c.toks[k-1].num || numberWords.hasKey(c.toks[k-1].key)) {
			return orgHit{i: i, j: e}, true
		}
		if x.acr && k != i {
			break // the count belongs to the next party
		}
	}
	return orgHit{}, false
}

// numberWords are small counts written out before a seat word.
var numberWords = newWordSet(`un une deux trois quatre cinq six sept huit neuf dix onze douze one two three four
	five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen`)

// seatsIn reports a body named as the place of the seats a party wins
// ("… sièges à l’Assemblée nationale", "seats in Parliament"): the
// assembly does not take part in the election.
func (c *context) seatsIn(h orgHit) bool {
	k := h.i - 1
	for k >= 0 && c.toks[k].word() && laArticles.hasKey(c.toks[k].key) && c.toks[k].key != "a" && !c.toks[k].cap {
		k--
	}
	if k < 1 || !c.toks[k].word() || !(laPreps.hasKey(c.toks[k].key) || c.toks[k].key == "dans") {
		return false
	}
	return seatWords.hasKey(c.toks[k-1].key)
}

// subjectAcronym reports a French acronym with its article that is the
// subject of an agent's verb, alone or in a pair: "le MINAE a signé", "le MAECI et
// le MINAE ont signé". A ministry or agency is often named only so.
func (c *context) subjectAcronym(i int) bool {
	t := &c.toks[i]
	if c.lang != "fr" || !t.upper || len(t.key) < 3 || c.mention(i) != nil || i == 0 || !laArticles.has(&c.toks[i-1]) {
		return false
	}
	verb := func(k int) bool { // an auxiliary and an agent's participle: "a signé", not "a progressé"
		return k+1 < len(c.toks) && c.toks[k].word() && frAuxiliaries[c.text[c.toks[k].s:c.toks[k].e]] && frActs.has(&c.toks[k+1])
	}
	if verb(i + 1) {
		return true
	}
	acr := func(k int) bool {
		return k < len(c.toks) && c.toks[k].upper && len(c.toks[k].key) >= 3 && k > 0 && laArticles.has(&c.toks[k-1])
	}
	if i+3 < len(c.toks) && laAnd.has(&c.toks[i+1]) && acr(i+3) {
		return verb(i + 4) // the first of a pair
	}
	return false
}

// frActs are participles of what a body does (signs, announces, grants):
// an indicator ("le PIB a progressé") never takes them.
var frActs = newWordSet(`signé signés signée annoncé décidé publié organisé lancé adopté accordé octroyé financé
	conclu indiqué précisé affirmé déclaré reçu mobilisé approuvé validé proclamé dénoncé condamné appelé`)

// seatVerbs join a party's name to the seats it wins.
var seatVerbs = newWordSet(`won wins took takes taken claimed secured secures bagged obtained got gained remporte obtient obtenu
	remporté décroche avec with`)

// seatName reads a capitalized name that wins seats, with no party word in
// it: "Muttahida Ittehad-e-Amal took 11 seats", "Sangram Jote avec 7
// sièges". Words joined by a hyphen and a one-letter link stay one name.
func (c *context) seatName(i int) (orgHit, bool) {
	t := &c.toks[i]
	if t.ar || !t.cap || c.isStop(i) || laArticles.hasKey(t.key) || c.mention(i) != nil || c.startsName(i) {
		return orgHit{}, false
	}
	if _, ok := c.title(i, 0); ok {
		return orgHit{}, false
	}
	k := c.capNameEnd(i)
	if k-i < 2 || k+2 >= len(c.toks) {
		return orgHit{}, false
	}
	n := k
	for n < len(c.toks) && n-k < 3 && seatAdverbs.hasKey(c.toks[n].key) {
		n++ // "has now taken"
	}
	if n < len(c.toks) && seatVerbs.has(&c.toks[n]) {
		n++
	}
	if e := c.countEnd(n); e > n && e < len(c.toks) && seatWords.hasKey(c.toks[e].key) {
		return orgHit{i: i, j: k}, true
	}
	return orgHit{}, false
}

// seatAdverbs stand between a party and the verb of its seats ("has now taken").
var seatAdverbs = newPlainSet(`has have had so far already now reportedly also a déjà également`)

// tensWords build a count written out: "one hundred and fourteen",
// "ninety-one".
var tensWords = newPlainSet(`twenty thirty forty fifty sixty seventy eighty ninety hundred vingt trente
	quarante cinquante soixante cent`)

// countEnd returns the end of a count at token n, in digits or written
// out, or n when there is none.
func (c *context) countEnd(n int) int {
	if n >= len(c.toks) {
		return n
	}
	if c.toks[n].num {
		return n + 1
	}
	e := n
	for e < len(c.toks) && (numberWords.has(&c.toks[e]) || tensWords.hasKey(c.toks[e].key) ||
		e > n && (c.toks[e].key == "and" || c.toks[e].key == "et") && e+1 < len(c.toks) &&
			(numberWords.has(&c.toks[e+1]) || tensWords.hasKey(c.toks[e+1].key))) {
		e++
	}
	return e
}

// capNameEnd returns the end of the capitalized words from token i on;
// words joined by a hyphen and a one-letter link stay one name
// ("Jamhoori Ittehad-e-Awam").
func (c *context) capNameEnd(i int) int {
	k := i + 1
	for k < len(c.toks) && k-i < 8 {
		x := &c.toks[k]
		if !x.word() || x.ar || x.nl {
			break
		}
		if x.cap || len(x.key) == 1 && x.s == c.toks[k-1].e+1 && c.text[c.toks[k-1].e] == '-' {
			k++
			continue
		}
		break
	}
	return k
}

// listParty reads a party in a list of results that follows a seat count:
// "… 91 seats, followed by KDP-R 52, NFA 38, independents 11, Jamhoori
// Ittehad-e-Awam nine", "suivi de l’UDPR (14) et du MPS (9)". The name
// (an acronym or capitalized words) stands right before its count, and the
// count ends the item; lower-case words ("independents") are no party.
func (c *context) listParty(i int) (orgHit, bool) {
	t := &c.toks[i]
	if t.ar || !(t.acr || t.cap) || c.isStop(i) || laArticles.hasKey(t.key) || c.mention(i) != nil || c.startsName(i) {
		return orgHit{}, false
	}
	if _, ok := c.title(i, 0); ok {
		return orgHit{}, false
	}
	var e int
	if t.acr {
		e, _ = c.acronymEnd(i)
	} else {
		e = c.capNameEnd(i)
	}
	n := e
	if c.codeAt(e) {
		return orgHit{}, false // "NA-35": a constituency's code
	}
	if n < len(c.toks) && c.toks[n].p == '(' {
		n++
	}
	if n+1 >= len(c.toks) || !(c.toks[n].num || numberWords.has(&c.toks[n])) {
		return orgHit{}, false
	}
	n++
	if c.toks[n].p == ')' && c.toks[e].p == '(' {
		n++
	} else if c.toks[e].p == '(' {
		return orgHit{}, false
	}
	if n < len(c.toks) && !(c.toks[n].p == ',' || c.toks[n].p == '.' || c.toks[n].p == ';' || laAnd.has(&c.toks[n])) {
		return orgHit{}, false
	}
	if !c.seatsBefore(i) {
		return orgHit{}, false
	}
	return orgHit{i: i, j: e}, true
}

// codeAt reports a number at token e joined by a hyphen to the word
// before it: the letters and the number are a code ("NA-35", "PP-160"),
// not a name and a count.
func (c *context) codeAt(e int) bool {
	return e > 0 && e < len(c.toks) && c.toks[e].num && c.toks[e].s == c.toks[e-1].e+1 && c.text[c.toks[e-1].e] == '-'
}

// arListHeads open an electoral list, current or movement: "قائمة الوفاق
// الوطني", "تيار الحكمة", "حركة البناء".
var arListHeads = newWordSet(`قائمة تيار حركة`)

// arSeatList reads an Arabic list, current or movement that wins seats in
// a text of results: the head and up to four words after it, ending at a
// stop word, a preposition with ب or a number, when a seat count follows
// within a few words ("وفازت قائمة الوفاق الوطني بـ 15 مقعدا").
func (c *context) arSeatList(i int) (orgHit, bool) {
	t := &c.toks[i]
	if !t.ar || !arListHeads.has(t) || !c.seatCounts() {
		return orgHit{}, false
	}
	pre := c.procliticIn(i, arListHeads)
	if pre < 0 || pre > 0 && !strings.HasPrefix(t.key, waw) {
		return orgHit{}, false // "لقائمة", "بحركة": a list named after a preposition
	}
	k := i + 1
	for k < len(c.toks) && k-i <= 4 && c.toks[k].word() && c.toks[k].ar && !c.toks[k].num && !c.isStop(k) &&
		!strings.HasPrefix(c.toks[k].key, ba) {
		k++
	}
	if k == i+1 {
		return orgHit{}, false
	}
	for x := k; x < len(c.toks) && x < k+5; x++ {
		if c.toks[x].p == '.' || c.toks[x].nl {
			break
		}
		if c.toks[x].word() && seatWords.has(&c.toks[x]) && (c.toks[x-1].num || numberWords.has(&c.toks[x-1])) {
			return orgHit{i: i, j: k, pre: pre}, true
		}
	}
	return orgHit{}, false
}

// seatsBefore reports a seat word earlier in the sentence of token i.
func (c *context) seatsBefore(i int) bool {
	for k := c.sentenceStart(i); k < i; k++ {
		if seatWords.has(&c.toks[k]) {
			return true
		}
	}
	return false
}

// sourceAcronym reports the issuer of an official statement named as its
// source at the end of the text: an all-capitals acronym of four letters
// or more after "Source :" or after the slash of a signature line
// ("Bureau de la Communication/MIREC."). News agencies are in the lexicon
// as outlets and never reach here.
func (c *context) sourceAcronym(i int) bool {
	t := &c.toks[i]
	if !t.upper || len(t.key) < 4 || i == 0 || c.mention(i) != nil || c.capsWord(i) {
		return false
	}
	if n := i + 1; n < len(c.toks) && !(c.toks[n].nl || c.toks[n].p == '.' && (n+1 == len(c.toks) || c.toks[n+1].nl)) {
		return false // the acronym ends its line
	}
	p := &c.toks[i-1]
	if p.p == '/' {
		return i >= 2 && c.toks[i-2].word() && !t.nl
	}
	k := i - 1
	if p.p == ':' {
		k--
	}
	return k >= 0 && sourceWords.has(&c.toks[k]) && (k == 0 || c.toks[k].nl || c.toks[k-1].p == '.')
}

// sourceWords introduce the issuer of a statement on its own line.
var sourceWords = newPlainSet(`source sources`)

// statementNouns name a statement whose issuer follows with ل: "بلاغ
// لرئاسة الحكومة" (a communiqué of the head of government's office).
var statementNouns = newPlainSet(`بلاغ بيان بلاغا بيانا تعميم تعميما منشور منشورا`)

// statementOf reports an Arabic word with the proclitic ل right after a
// statement noun: the body issues the statement. Elsewhere "لرئاسة" is
// "for the chairmanship of" ("مرشح لرئاسة الحكومة").
func (c *context) statementOf(i int) bool {
	return i > 0 && strings.HasPrefix(c.toks[i].key, "ل") && statementNouns.has(&c.toks[i-1])
}
