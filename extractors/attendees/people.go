package attendees

import (
	"strings"
	"unicode"
)

// personHit is one mention of a person found in the text.
type personHit struct {
	ns, ne    int // name tokens [ns, ne)
	pre       int // runes of a proclitic left out of the name span
	rs, re    int // role tokens [rs, re); rs == re when none
	roleRank  int // 3 office, 2 counterpart, 1 weak title, 0 none
	country   string
	bg        bool // background mention ("under the leadership of …")
	addressee bool // named after a ل-title ("رسالة للرئيس X"): background unless met elsewhere
	// honorCountry is the country of a protocol title before the name
	// ("خادم الحرمين الشريفين" → SA)
	honorCountry string
}

// span kinds of a role found before a name
const (
	rankNone = iota
	rankWeak
	rankCounterpart
	rankOffice
)

var counterparts = newWordSet(`نظيره نظيرته نظيرها نظيرتها counterpart homologue`)

// findPeople runs every pattern; hits are merged in peopleResult.
func (c *context) findPeople() {
	used := c.scratchBools(0) // tokens already read as a role head
	for _, i := range c.titles {
		i := int(i)
		m, ok := c.title(i, 0)
		if !ok || m.ph.kind == kindMod || used[i] || c.inName(i) || c.inOrg[i] {
			continue
		}
		if i > 0 && namedAfter.has(&c.toks[i-1]) {
			continue // "شارع الملك فهد", "Avenue du Président …"
		}
		c.fromTitle(m, used)
	}
	// NAME، ROLE and NAME ROLE: an office after a name.
	for _, i := range c.titles {
		i := int(i)
		m, ok := c.title(i, kindOffice)
		if !ok || m.preRunes > 0 && strings.HasPrefix(c.toks[i].key, waw) {
			continue
		}
		c.nameBeforeRole(m)
	}
	c.bareNames()
	c.speakerNames()
}

// fromTitle reads "TITLE … NAME" starting at title match m: the role
// phrase, honorifics, an optional comma, then the name; and a role after
// the name when the title was only a rank.
func (c *context) fromTitle(m match, used []bool) {
	i := m.i
	rank := rankOffice
	switch m.ph.kind {
	case kindWeak:
		rank = rankWeak
	case kindHonor:
		rank = rankNone
	}
	rs, re := i, m.j
	if rank == rankOffice {
		re = c.roleEnd(m)
		rs = c.roleStartLa(i)
		// "خادم الحرمين الشريفين الملك X": a protocol title right before the
		// office is part of the role
		for b := max(0, i-4); b < i; b++ {
			if t := c.titleAt[b]; t.ph != nil && t.j == i && t.ph.kind == kindHonor && t.ph.country != "" && t.j-t.i >= 2 && !c.lamTitle(b) {
				rs = b
			}
		}
		c.companyBeside(rs, i, m)
		if counterparts.has(&c.toks[i]) {
			rank = rankCounterpart
		}
	} else if rank == rankNone {
		rs, re = i, i
	}
	for k := m.i; k < re; k++ {
		if _, ok := c.title(k, 0); ok {
			used[k] = true
		}
	}
	k := m.j
	if rank == rankOffice || rank == rankCounterpart {
		k = re
	}
	// honorifics, ranks and articles between the role and the name
	comma := false
	weakS, weakE := -1, -1
	honorCountry := ""
	if m.ph.country != "" {
		honorCountry = m.ph.country
	}
	afterRank := false // a rank or honorific was just skipped
	for k < len(c.toks) {
		// a military grade after an office is the holder's rank, not a
		// role of its own: "نائب رئيس الأركان العميد الركن X"
		if t, ok := c.title(k, kindOffice); ok && k > m.j && rank == rankOffice && militaryRanks.has(&c.toks[k]) {
			used[k] = true
			k = t.j
			if k < len(c.toks) && staffWords.has(&c.toks[k]) {
				k++ // "الركن"
			}
			afterRank = true
			continue
		}
		if t, ok := c.title(k, 0); ok && (t.ph.kind == kindHonor || t.ph.kind == kindWeak) {
			if k > m.j-1 && t.preRunes > 0 && (strings.HasPrefix(c.toks[k].key, ba) || strings.HasPrefix(c.toks[k].key, lam)) {
				break // "التقى الوزير بالسيد X": the preposition opens the object
			}
			if t.ph.kind == kindHonor && k == m.j && m.j-m.i == 1 && c.toks[m.i].ar && hasAl(c.toks[m.i].key) && m.i > 0 && meetVerbs.has(&c.toks[m.i-1]) {
				break // "التقى الوزير السيد X": a bare subject, then its object
			}
			if t.ph.kind == kindWeak {
				weakS, weakE = k, t.j
			}
			if t.ph.country != "" {
				honorCountry = t.ph.country
			}
			used[k] = true
			k = t.j
			afterRank = true
			continue
		}
		// "le ministre de l’Économie (Minepat), X": the office's short name
		// in brackets right after the role
		if k == re && k > m.j-1 && rank == rankOffice && !c.toks[m.i].ar && c.toks[k].p == '(' {
			if e := c.closeBracket(k, 4); e > k+1 {
				k = e + 1
				continue
			}
		}
		// "prime minister, Colonel (Ret'd), Paul Kibet": a rank's bracketed
		// note and the comma after it
		if afterRank && c.toks[k].p == '(' {
			if e := c.closeBracket(k, 5); e > 0 {
				k = e + 1
				continue
			}
		}
		if (!comma || afterRank) && c.toks[k].isComma() {
			comma = true
			afterRank = false
			k++
			continue
		}
		afterRank = false
		// a quoted name: "وزيرة الاستثمار، «ليلى حداد»،", or one between
		// slashes: "وزير الخارجية/ سامي الحداد/"
		if p := c.toks[k].p; (p == '«' || p == '“' || p == '"' || p == '/') && k+1 < len(c.toks) && c.toks[k+1].word() {
			k++
			continue
		}
		if !c.toks[k].ar && laArticles.hasKey(c.toks[k].key) && !c.toks[k].cap && k+1 < len(c.toks) {
			if t, ok := c.title(k+1, 0); ok && t.ph.kind != kindMod {
				k++
				continue
			}
		}
		break
	}
	if k >= len(c.toks) {
		c.unnamed(rs, re)
		return
	}
	// an office after the honorifics is the role: "Sa Majesté le Roi Hassan II"
	if _, ok := c.title(k, kindOffice); ok && rank <= rankWeak {
		return // the office's own match reads the name
	}
	ns, ne, pre, ok := c.readName(k, true)
	if ok && comma && c.toks[k].ar && pre > 0 && strings.HasPrefix(c.toks[k].key, waw) {
		ok = false // "…، ودييجو": the next item of a list, not this role's holder
	}
	if ok && comma && rank == rankOffice && c.appositive(rs) {
		// "NAME، ROLE، X": the role is NAME's; X is the next person, who
		// has a role of its own after it, or the verb's object
		if _, has := c.roleAfter(ne); has {
			ok = false
		} else if _, g := c.given(ns); !g {
			ok = false
		}
	}
	if !ok {
		if rank >= rankCounterpart {
			c.unnamed(rs, re)
		}
		// "استقبل خادم الحرمين الشريفين …", "وأكد خادم الحرمين الشريفين
		// خلال استقباله …": a protocol title as a subject names its country
		// even without the name; one after "عن"/"إلى" is a topic or an
		// addressee
		if m.ph.country != "" && m.i > 0 && !c.lamTitle(m.i) && !titleTopicPreps.has(&c.toks[m.i-1]) {
			c.cues = append(c.cues, countryCue{code: m.ph.country, weight: wStrong, tok: m.i, ment: -1})
		}
		return
	}
	h := personHit{ns: ns, ne: ne, pre: pre, rs: rs, re: re, roleRank: rank, honorCountry: honorCountry}
	// "ممثلا للرئيس X", "رسالة لخادم الحرمين الشريفين الملك X": a title
	// with the preposition ل names whom something is for, not a participant
	if c.lamTitle(m.i) {
		h.addressee = true
	}
	for b := max(0, m.i-4); b < m.i; b++ {
		if t := c.titleAt[b]; t.ph != nil && t.j == m.i && c.lamTitle(b) {
			h.addressee = true // "لخادم الحرمين الشريفين الملك X"
		}
	}
	if rank == rankNone && weakS >= 0 {
		h.rs, h.re, h.roleRank = weakS, weakE, rankWeak
	}
	// a role after the name replaces a rank or honorific before it, and a
	// bare office before it that the role after spells out ("السفير X سفير
	// الجمهورية الجزائرية بتونس")
	pr, ok := c.roleAfter(ne)
	spelled := ok && c.spelledOut(h, pr)
	if ok && (h.roleRank <= rankWeak || h.roleRank == rankCounterpart || spelled) {
		pe := c.roleEnd(pr)
		// "استقبل الشيخ X وزير الخارجية الفرنسي": without commas the office
		// after the name may be the guest's; a comma after it settles it,
		// and so does a chain of offices ("ولي العهد نائب القائد الأعلى"),
		// which describes the subject, not a guest named by office alone
		object := c.toks[ne].word() && c.toks[ne].ar && c.afterMeetVerb(rs) &&
			!(pe < len(c.toks) && c.toks[pe].isComma()) && c.offices(pr.i, pe) < 2 && !spelled
		if !object {
			h.rs, h.re, h.roleRank = pr.i, pe, rankOffice
		}
	}
	c.addPerson(h)
	c.listAfter(ne)
}

// spelledOut reports a role of one definite Arabic word ("السفير") whose
// office opens the longer role m after the name ("سفير الجمهورية …"), when
// no other name follows that role.
func (c *context) spelledOut(h personHit, m match) bool {
	if h.roleRank != rankOffice || h.re-h.rs != 1 || m.j-m.i != 1 || m.preRunes > 0 {
		return false
	}
	before, after := c.toks[h.rs].key, c.toks[m.i].key
	if !c.toks[h.rs].ar || !strings.HasPrefix(before, alefLam) || before[len(alefLam):] != after {
		return false
	}
	e := c.roleEnd(m)
	return e > m.j && !c.nameFollows(e) // a name after it is the guest's
}

// offices counts the office titles that follow one another in tokens
// [i, e).
func (c *context) offices(i, e int) int {
	n := 0
	for k := i; k < e; k++ {
		if m, ok := c.title(k, kindOffice); ok {
			n++
			k = m.j - 1
		}
	}
	return n
}

// closeBracket returns the ")" closing the bracket at token k within n
// tokens, or -1.
func (c *context) closeBracket(k, n int) int {
	for e := k + 1; e < len(c.toks) && e <= k+n; e++ {
		if c.toks[e].p == ')' {
			return e
		}
		if c.toks[e].isBreak() {
			break
		}
	}
	return -1
}

// delimitedName reads a name of two to five words set between quotes or
// slashes that close at token q: «"سامي الحداد"», "/ سامي الحداد/". It
// returns the name's first token.
func (c *context) delimitedName(q int) (int, bool) {
	cl := c.toks[q].p
	var open rune
	switch cl {
	case '"', '/':
		open = cl
	case '”':
		open = '“'
	case '»':
		open = '«'
	default:
		return 0, false
	}
	b := q - 1
	for b >= 0 && q-b <= 6 && c.toks[b].word() {
		t := &c.toks[b]
		if t.num || t.ar != c.toks[q-1].ar || c.isStop(b) && !arParticles.hasKey(t.key) && !laParticles.hasKey(t.key) || c.coveredByTitle(b) || c.inOrg[b] {
			return 0, false
		}
		b--
	}
	if b < 0 || c.toks[b].p != open || q-b-1 < 2 || q-b-1 > 5 {
		return 0, false
	}
	return b + 1, true
}

// titleTopicPreps before a protocol title make it a topic or an addressee:
// "تحدث عن خادم الحرمين الشريفين", "رسالة إلى أمير دولة الكويت".
var titleTopicPreps = newPlainSet(`عن إلى الى حول about to à`)

// lamTitle reports a title at token k written with the preposition ل:
// "للرئيس", "لخادم الحرمين الشريفين".
func (c *context) lamTitle(k int) bool {
	t := &c.toks[k]
	if !t.ar || !strings.HasPrefix(t.key, lam) {
		return false
	}
	if strings.HasPrefix(t.key, "لل") {
		return true
	}
	for _, rd := range stems(t.key, c.buf)[1:] {
		if rd.stem == t.key[len(lam):] && classOf(rd.stem)&bitTitle != 0 {
			return true
		}
	}
	return false
}

// aliName reports "على" written for the name "علي" where a role vouches
// for a name and another given name follows: "السفير على رضا …".
func (c *context) aliName(k int, strong bool) bool {
	if !strong || c.toks[k].key != "علي" || k+1 >= len(c.toks) || hasAl(c.toks[k+1].key) {
		return false
	}
	_, g := c.given(k + 1)
	return g && c.toks[k+1].ar
}

// appositive reports a role at rs set off by a comma right after a name:
// "سامي الحداد، وزير المالية،", "Lena Park, the bank's director,".
func (c *context) appositive(rs int) bool {
	if rs < 3 || !c.toks[rs-1].isComma() {
		return false
	}
	if t := &c.toks[rs]; t.ar && strings.HasPrefix(t.key, waw) || !t.ar && rs > 0 && laAnd.hasKey(c.toks[rs-1].key) {
		return false
	}
	for _, p := range c.people {
		if rs-2 >= p.ns && rs-2 < p.ne {
			// "استقبل رئيس الجمهورية، X، وزير الخارجية الفرنسي، Y": a name
			// that has its office already leaves the next one to Y
			return p.roleRank < rankOffice || p.rs >= p.ne
		}
	}
	a, b := &c.toks[rs-2], &c.toks[rs-3]
	return !a.ar && a.word() && b.word() && (a.cap || a.upper) && (b.cap || b.upper) && !c.isStop(rs-2) && !c.isStop(rs-3) &&
		c.mention(rs-2) == nil && !c.inOrg[rs-2] && !c.coveredByTitle(rs-2)
}

// afterMeetVerb reports a verb that takes a person as object right before
// the title chain opening at k (honorifics skipped).
func (c *context) afterMeetVerb(k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		if !c.toks[b].word() {
			return false
		}
		if meetVerbs.has(&c.toks[b]) {
			return true
		}
		if _, ok := c.title(b, 0); !ok {
			return false
		}
	}
	return false
}

// inName reports a token inside a name already read.
func (c *context) inName(k int) bool {
	for _, p := range c.people {
		if k >= p.ns && k < p.ne {
			return true
		}
	}
	return false
}

// coveredByTitle reports token b inside a title or honorific phrase.
func (c *context) coveredByTitle(b int) bool {
	for x := b; x >= 0 && x >= b-4; x-- {
		if m := c.titleAt[x]; m.ph != nil && m.j > b {
			return true
		}
	}
	return false
}

// businessTitles name a company's officer; the capitalized words right
// before them name the company: "Alstom CEO", "Orange Chairman".
var businessTitles = newWordSet(`CEO chairman chairwoman founder PDG`)

// companyBeside records the company named by the qualifier [rs, i) of a
// business title m: "Vantage Motors CEO Lena Brandt".
func (c *context) companyBeside(rs, i int, m match) {
	if rs >= i || !businessTitles.has(&c.toks[m.i]) && !(m.j-m.i == 2 && c.toks[m.i].key == "chief") {
		return
	}
	for k := rs; k < i; k++ {
		if c.inOrg[k] || c.mention(k) != nil || !c.toks[k].word() {
			return
		}
	}
	c.addOrg(orgHit{i: rs, j: i, ai: i, aj: i, company: true})
}

// roleStartLa extends an English or French office back over the words
// that qualify it: "Finance Minister", "Chinese President", "U.S.
// Secretary of State", "UN Secretary-General", "Iraqi Shia cleric".
func (c *context) roleStartLa(i int) int {
	if c.toks[i].ar {
		return i
	}
	rs := i
	poss := 0
	for b := i - 1; b >= 0 && i-b-poss <= 4; b-- {
		t := &c.toks[b]
		if c.toks[b+1].nl {
			break
		}
		// a possessive: "Kenya's Treasury Secretary", "the bank's director"
		if t.key == "s" && !t.cap && b > 0 && c.toks[b-1].word() && (c.toks[b-1].cap || c.toks[b-1].upper) && c.toks[b-1].e < t.s {
			poss++
			continue
		}
		if t.p == '.' && b > 0 && len(c.toks[b-1].key) == 1 && c.toks[b-1].upper == false && c.toks[b-1].cap {
			continue // "U.S."
		}
		if !t.word() || t.ar || !(t.cap || t.upper) || c.isStop(b) || laArticles.hasKey(t.key) && !t.upper {
			break
		}
		if _, ok := c.given(b); ok {
			break
		}
		if m, ok := c.title(b, kindMod); ok && m.j == rs {
			rs = b // "Country Director", "Deputy Governor"
			continue
		}
		if _, ok := c.title(b, 0); ok || b > 0 && c.titleAt[b-1].ph != nil && c.titleAt[b-1].j > b {
			break
		}
		rs = b
	}
	return rs
}

// roleAfter returns an office that follows a name at token e, directly or
// after a comma and an article: "… آل سعود، ولي العهد", "Mr. X, Minister of".
func (c *context) roleAfter(e int) (match, bool) {
	k := e
	if k < len(c.toks) && (c.toks[k].isComma() || c.toks[k].p == '(') {
		k++
	}
	for n := 0; n < 4 && k < len(c.toks); n++ {
		if m, ok := c.title(k, kindOffice); ok {
			if m.preRunes > 0 && strings.HasPrefix(c.toks[k].key, waw) {
				return match{}, false // "، ووزير الصحة": the next person
			}
			return m, true
		}
		if m, ok := c.title(k, kindMod); ok {
			k = m.j
			continue
		}
		t := &c.toks[k]
		if t.ar || !t.word() {
			break
		}
		// "the", "an", "le", and possessive qualifiers: "the UAE's minister"
		if laArticles.hasKey(t.key) || t.key == "s" || (t.cap || t.upper) && n < 3 {
			k++
			continue
		}
		break
	}
	return match{}, false
}

// unnamed records an official named only by role: the country in the
// role still takes part ("وزير الخارجية الأمريكي").
func (c *context) unnamed(rs, re int) {
	if re <= rs {
		return
	}
	c.unnamedRoles = append(c.unnamedRoles, [2]int{rs, re})
	if code := c.roleCountry(rs, re); code != "" {
		c.cues = append(c.cues, countryCue{code: code, weight: wStrong, tok: rs, ment: -1})
	}
}

// roleEnd returns the end of the role phrase opened by office m.
func (c *context) roleEnd(m match) int {
	if c.toks[m.i].ar {
		return c.roleEndAr(m)
	}
	return c.roleEndLa(m)
}

func (c *context) roleEndAr(m match) int {
	k := m.j
	head := m.j-m.i == 1 // the token right after a one-word office
	oh := m.i            // the last office of the chain
	// crossed: the phrase has read a complement of place or circumstance
	// ("بالمطار", "في إيران") since its last office; an office after it
	// opens another person's role ("في استقبال رئيس الدولة بالمطار رئيسة
	// الحكومة X")
	crossed := false
	for k < len(c.toks) && k-m.i < 30 {
		t := &c.toks[k]
		if !t.word() || !t.ar || t.num {
			break
		}
		// "رئيس الجمهورية الطاهر بن سعيد": a given name with the article
		// after a feminine noun is no adjective of it (an adjective agrees)
		if hasAl(t.key) && k > m.i && c.lx.givenAr.has(t) && strings.HasSuffix(c.toks[k-1].key, "ه") &&
			!strings.HasSuffix(t.key, "ه") && c.nameFollows(k) {
			return k
		}
		// a body in the role: "المشرف العام على مركز … للإغاثة"
		if c.inOrg[k] && int(c.orgEnd[k]) > k {
			k, head = int(c.orgEnd[k]), false
			continue
		}
		if t.key == "علي" && strings.HasSuffix(c.text[t.s:t.e], "ى") && k+1 < len(c.toks) && c.inOrg[k+1] {
			k++
			continue
		}
		if tm, ok := c.title(k, 0); ok {
			switch tm.ph.kind {
			case kindOffice:
				if militaryRanks.has(t) && k > m.i {
					return k // "نائب رئيس الأركان العميد الركن X": the rank is his grade
				}
				conj := tm.preRunes > 0 && strings.HasPrefix(t.key, waw)
				deputy := deputyHeads.has(&c.toks[oh]) && strings.HasPrefix(t.key, lam) && hasAl(c.toks[k-1].key)
				if tm.preRunes > 0 && !conj && k > m.j-1 && !deputy {
					return k // "التقى وزير الخارجية بالرئيس …": another person's office
				}
				if crossed && !conj {
					return k
				}
				// "استقبل الوزير سفير اليابان": a bare subject, then its object
				if k == m.j && m.j-m.i == 1 && hasAl(c.toks[m.i].key) && m.i > 0 && meetVerbs.has(&c.toks[m.i-1]) {
					return k
				}
				if !conj || head || c.isOfficeEnd(k) {
					oh = k
					k, head, crossed = tm.j, tm.j-tm.i == 1, false
					continue
				}
				if hasAl(t.key) {
					k, head = tm.j, false
					continue
				}
				// "… والسياسة الأمنية ونائب رئيس المفوضية": a second office
				// of the same person when no name of its own follows it
				if sub := c.roleEndAr(tm); !c.nameFollows(sub) {
					k, head = sub, false
					continue
				}
				return k
			case kindMod:
				k, head = tm.j, false
				continue
			case kindHonor:
				// "مدير مكتب جلالة الملك"
				if n, ok := c.title(tm.j, kindOffice); ok && tm.j == k+1 && hasAl(c.toks[tm.j].key) {
					k, head = n.j, false
					continue
				}
				// "رئيس دولة الإمارات": an honorific that is also a noun of state
				if tm.j == k+1 && arConstruct.has(t) && !c.nameFollows(k+1) {
					k, head = k+1, false
					continue
				}
				// "سفير خادم الحرمين الشريفين لدى …": a protocol title as complement
				if head && tm.j-k >= 2 && !c.nameFollows(tm.j) {
					k, head = tm.j, false
					continue
				}
				return k
			case kindWeak:
				return k
			}
		}
		// "الناطق الرسمي باسم الحكومة": "باسم" here is no name
		if roleLinks.has(t) && k+1 < len(c.toks) && c.toks[k+1].ar && hasAl(c.toks[k+1].key) {
			k += 2
			head = false
			continue
		}
		// "المشرف العام على المركز": على governs the office's object
		if t.key == "علي" && alaHeads.has(&c.toks[oh]) && k+1 < len(c.toks) && c.toks[k+1].ar && hasAl(c.toks[k+1].key) {
			k += 2
			head = false
			continue
		}
		if _, ok := c.given(k); ok && !hasAl(t.key) {
			return k
		}
		// "لمنطقة غرب آسيا وشمال إفريقيا": a region named by its direction
		if (directionWords.hasKey(t.key) || strings.HasPrefix(t.key, waw) && directionWords.hasKey(t.key[len(waw):])) && k+1 < len(c.toks) && c.toks[k+1].ar &&
			(c.mention(k) != nil || c.mention(k+1) != nil || hasAl(c.toks[k+1].key) || !c.nameAt(k+1)) {
			k += 2
			head = false
			continue
		}
		// a detached conjunction: "الشؤون الخارجية و الجالية الوطنية"
		if t.key == waw && k+1 < len(c.toks) && c.toks[k+1].ar && hasAl(c.toks[k+1].key) {
			k += 2
			head = false
			continue
		}
		if c.isStop(k) && !arPreps.has(t) {
			return k
		}
		if arPreps.has(t) && !hasAl(t.key) {
			// "لدى الرياض", "في إيران", "بالخارج" (the last is an ال-word)
			if k+1 < len(c.toks) && c.toks[k+1].ar && (hasAl(c.toks[k+1].key) || c.countryish(k+1)) && len(t.key) <= 6 {
				k += 2
				head, crossed = false, true
				continue
			}
			return k
		}
		if hasAl(t.key) {
			if arNameEnders.has(t) {
				return k
			}
			// "بالمطار", "بالقصر": ب on a definite word that is no place name
			// (bodies were stepped over above, "بالإنابة" is a modifier title)
			crossed = crossed || strings.HasPrefix(t.key, ba+alefLam) && c.mention(k) == nil
			k++
			head = false
			continue
		}
		if c.mention(k) != nil || arConstruct.has(t) {
			k++
			head = false
			continue
		}
		if head && k+1 < len(c.toks) && c.toks[k+1].ar && hasAl(c.toks[k+1].key) && !c.isStop(k+1) && !arParticles.has(t) {
			k++
			head = false
			continue
		}
		// "والي قابس، X", "رئيس بلدية قابس، X": an office or body noun without
		// the article is in the construct state, so the word after it is its
		// complement (an unknown town), not the start of the name
		// (the article is looked for after the title's own proclitic: "والي" is no "و" + "الي")
		bare := strings.TrimPrefix(c.toks[m.i].key, c.toks[m.i].key[:min(len(c.toks[m.i].key), 2*m.preRunes)])
		construct := head && !strings.HasPrefix(bare, alefLam) || k > m.i && arConstruct.has(&c.toks[k-1]) && !hasAl(c.toks[k-1].key)
		if construct && !arParticles.has(t) && !c.isStop(k) && k+1 < len(c.toks) &&
			(c.toks[k+1].isComma() || c.nameAt(k+1) || c.givenAt(k+1)) {
			if !c.givenAt(k) {
				return k + 1
			}
		}
		return k
	}
	return k
}

// nameFollows reports a name at token k, after an optional comma.
func (c *context) nameFollows(k int) bool {
	if k < len(c.toks) && c.toks[k].isComma() {
		k++
	}
	_, _, _, ok := c.readName(k, true)
	return ok
}

// isOfficeEnd reports whether token k-1 closes an office title, so that
// "مستشار ورئيس التعاون" coordinates two titles of one person.
func (c *context) isOfficeEnd(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if m, ok := c.title(b, kindOffice); ok && m.j == k {
			return true
		}
	}
	return false
}

func (c *context) roleEndLa(m match) int {
	k := m.j
	afterPrep := false
	capRun := false
	runStart := -1
	afterAnd := false // the current capitalized run follows "and"
	for k < len(c.toks) && k-m.i < 30 {
		t := &c.toks[k]
		if c.inOrg[k] && (afterPrep || capRun) {
			// a body named in the role: "adviser at the Islamic
			// Development Bank"
			k = int(c.orgEnd[k])
			afterPrep, capRun, runStart = false, false, -1
			continue
		}
		if !t.word() {
			// an acronym in brackets: "Representative of (AfDB) in Morocco"
			if t.p == '(' && k+2 < len(c.toks) && c.toks[k+1].acr && c.toks[k+2].p == ')' {
				k += 3
				afterPrep, capRun, runStart = false, true, -1
				continue
			}
			// a title with commas: "ministre des Affaires étrangères, de la
			// Coopération et …", "Minister of Energy, Mines and Water"
			if t.isComma() && k+1 < len(c.toks) && !c.nameAt(k+1) &&
				(commaPreps.has(&c.toks[k+1]) && !c.toks[k+1].cap || c.listInTitle(k+1)) {
				k++
				continue
			}
			// a list of countries: "regional director for Jordan, Iraq, and Lebanon"
			if t.isComma() && k > 0 && c.countryish(k-1) && k+1 < len(c.toks) &&
				(c.countryish(k+1) || laAnd.hasKey(c.toks[k+1].key) && c.countryish(k+2)) {
				k++
				continue
			}
			return c.splitRun(k, runStart, afterAnd)
		}
		if t.ar {
			return k
		}
		key := t.key
		switch {
		case laPreps.hasKey(key) && !t.cap && c.text[t.s:t.e] != "a":
			if k+1 < len(c.toks) && c.toks[k+1].word() || k+1 < len(c.toks) && c.toks[k+1].p == '(' {
				k++
				afterPrep, capRun, afterAnd, runStart = true, false, false, -1
				continue
			}
			return k
		case laArticles.hasKey(key) && !t.cap && afterPrep:
			k++
			continue
		case laAnd.hasKey(key) || t.p == '&':
			// "Economy and Finance", "State Councilor and Foreign Minister",
			// "de l’Économie et de la Planification"; but "… and Planning
			// Feryel Ouerghi and …" ends with a name
			if runStart >= 0 && k-runStart >= 3 && afterAnd {
				return k - 2
			}
			runStart, afterAnd = -1, true
			if k+1 < len(c.toks) {
				n := &c.toks[k+1]
				if _, ok := c.title(k+1, kindOffice); ok {
					k++
					continue
				}
				if laPreps.hasKey(n.key) || (capRun || afterPrep) && (n.cap || n.upper) && !c.startsName(k+1) {
					k++
					continue
				}
				// "minister of trade and industry": a lower-case complement
				if afterPrep && n.word() && !n.cap && !n.upper && !n.num && !c.isStop(k+1) && !laArticles.hasKey(n.key) {
					k++
					continue
				}
			}
			return k
		}
		if tm, ok := c.title(k, 0); ok && (tm.ph.kind == kindWeak || tm.ph.kind == kindHonor) && t.cap {
			return c.splitRun(k, runStart, afterAnd) // "Emir of Kuwait Sheikh Mishal …"
		}
		if tm, ok := c.title(k, 0); ok && !afterPrep && !capRun {
			switch tm.ph.kind {
			case kindOffice, kindMod:
				k = tm.j
				continue
			}
			return k
		}
		if t.cap || t.upper {
			if !afterPrep && !capRun {
				// "Représentant Spécial du Gouvernement": a capitalized
				// qualifier followed by a preposition is no name
				if _, g := c.given(k); !g && k+1 < len(c.toks) && laPreps.hasKey(c.toks[k+1].key) && !c.toks[k+1].cap {
					k++
					continue
				}
				return k // the name: "President Lee Jae"
			}
			if c.startsName(k) {
				return k
			}
			if c.isStop(k) {
				return c.splitRun(k, runStart, afterAnd)
			}
			if runStart < 0 {
				runStart = k
			}
			k++
			capRun = true
			continue
		}
		runStart = -1
		// a lower-case word: an adjective after the head ("ministre
		// française", "président sortant") or inside a prepositional phrase
		if c.isStop(k) {
			return k
		}
		if afterPrep || capRun || c.countryish(k) {
			k++
			continue
		}
		if m2, ok := c.title(k, kindMod); ok {
			k = m2.j
			continue
		}
		// "le candidat socialiste Paul Durand": a French adjective right
		// after the office, before a name or a complement
		if c.lang == "fr" && k == m.j && k+1 < len(c.toks) && c.toks[k+1].word() &&
			(c.toks[k+1].cap || laPreps.hasKey(c.toks[k+1].key)) && c.text[t.s:t.e] != "a" {
			k++
			continue
		}
		return k
	}
	return k
}

// nameAt reports a person's name starting at k: a known given name
// followed by a capitalized word, or an honorific.
func (c *context) nameAt(k int) bool {
	if m, ok := c.title(k, kindHonor); ok && m.i == k {
		return true
	}
	return c.startsName(k)
}

// listInTitle reports "Industry and Trade" after a comma inside a title:
// one or two capitalized words, then "and"/"et" and a capitalized word.
func (c *context) listInTitle(k int) bool {
	for x := k; x < len(c.toks) && x < k+3; x++ {
		t := &c.toks[x]
		if !t.word() || !(t.cap || laAnd.hasKey(t.key)) {
			return false
		}
		if laAnd.hasKey(t.key) {
			return x > k && x+1 < len(c.toks) && c.toks[x+1].cap
		}
	}
	return false
}

// splitRun ends a role at k, or earlier when a run of four or more
// capitalized words closes it: the last two are then the name, as in
// "Minister of Local Development Hala Mansour and …".
func (c *context) splitRun(k, runStart int, afterAnd bool) int {
	need := 4
	if afterAnd {
		need = 3
	}
	if runStart < 0 || k-runStart < need {
		return k
	}
	for x := k - 2; x < k; x++ {
		if c.inOrg[x] || c.mention(x) != nil || c.toks[x].upper {
			return k
		}
	}
	if k < len(c.toks) && c.toks[k].word() && (c.toks[k].cap || c.toks[k].upper) {
		return k
	}
	return k - 2
}

// startsName reports whether a capitalized run at k reads as a person's
// name rather than the rest of a role: a known given name followed by
// another capitalized word.
func (c *context) startsName(k int) bool {
	if _, ok := c.given(k); !ok {
		return false
	}
	if k+1 >= len(c.toks) {
		return false
	}
	n := &c.toks[k+1]
	return n.word() && (n.cap || n.upper || laParticles.hasKey(n.key) || romanNumerals.hasKey(n.key))
}

// readName reads a person's name at token k. strong says the structure
// (a role or honorific before it) vouches for a name, so an unknown first
// word is accepted. It returns the tokens [ns, ne) and the runes of an
// Arabic proclitic to leave out.
func (c *context) readName(k int, strong bool) (ns, ne, pre int, ok bool) {
	if k >= len(c.toks) || !c.toks[k].word() || c.toks[k].num {
		return 0, 0, 0, false
	}
	if c.toks[k].ar {
		return c.readNameAr(k, strong)
	}
	return c.readNameLa(k, strong)
}

func (c *context) blocksName(k int) bool {
	if c.isStop(k) {
		return true
	}
	if m, ok := c.title(k, 0); ok && m.ph.kind != kindMod {
		return true
	}
	if c.countryish(k) {
		return true
	}
	if c.orgAt[k].ph != nil && len(c.orgAt[k].ph.words) > 1 {
		return true
	}
	return false
}

func (c *context) readNameAr(k int, strong bool) (int, int, int, bool) {
	t := &c.toks[k]
	if c.inOrg[k] {
		return 0, 0, 0, false // "مركز الملك سلمان": a body's name
	}
	pre, isGiven := c.given(k)
	if !isGiven {
		if !strong || hasAl(t.key) || c.blocksName(k) || arConstruct.has(t) || arOrgHead.has(t) || arObjects.has(t) {
			return 0, 0, 0, false
		}
	} else if c.isStop(k) && !c.aliName(k, strong) || len(t.key) < 4 {
		return 0, 0, 0, false
	}
	ns := k
	e := k + 1
	units := 1
	prevKey := t.key
	if arParticles.has(t) && !isGiven || t.key == "عبد" {
		// "عبد الحق", "أبو بكر": the particle needs the next word
		if e >= len(c.toks) || !c.toks[e].word() || !c.toks[e].ar {
			return 0, 0, 0, false
		}
		prevKey = c.toks[e].key
		e++
	}
	particle := false // the name already has a family part: "بن سلمان", "آل سعود", "أبو زيد"
	for e < len(c.toks) && units < 5 {
		n := &c.toks[e]
		if !n.word() || !n.ar || n.num {
			break
		}
		if arParticles.hasKey(n.key) && e+1 < len(c.toks) && c.toks[e+1].word() && c.toks[e+1].ar {
			family := n.key == "ال" || n.key == "اال" || strings.HasPrefix(n.key, "ا") && len(n.key) == 4 // "آل"
			e += 2
			prevKey = c.toks[e-1].key
			particle = true
			if family {
				break // "آل سعود" closes the name
			}
			continue
		}
		// compound given names: "صلاح الدين", "نور الدين"
		if units == 1 && strings.HasPrefix(n.key, alefLam) && (c.lx.givenAr.hasKey(prevKey+n.key) || n.key == "الدين") { // not "عمر" + "إن" = "عمران"
			isGiven = isGiven || n.key == "الدين" // "X الدين" is always a given name
			e++
			prevKey = n.key
			continue
		}
		// a demonym or nisba as family name: "سليم حسن العراقي"
		if strings.HasPrefix(n.key, alefLam) && c.countryish(e) && !c.isStop(e) && units <= 3 {
			if m := c.mention(e); m != nil && m.Kind == "demonym" {
				e++
				break
			}
		}
		if tm, isT := c.title(e, 0); c.lx.givenAr.hasKey(n.key) && !c.isStop(e) && !particle && !(isT && tm.j-e > 1) {
			e++ // "محمد الأمين": a given name that is also a title
			units++
			prevKey = n.key
			if hasAl(n.key) && !(e < len(c.toks) && arParticles.hasKey(c.toks[e].key)) {
				// "محمد الأمين البشير."
				if e < len(c.toks) && strings.HasPrefix(c.toks[e].key, alefLam) && !c.blocksName(e) && c.nameBoundary(e+1) {
					e++
				}
				break
			}
			continue
		}
		// a family name that is also a place, ending the name: "… ليما،"
		if m := c.mention(e); units == 1 && !hasAl(n.key) && m != nil && (m.Kind == "capital" || m.Kind == "city" || m.Kind == "region") &&
			!c.isStop(e) && c.nameBoundary(e+1) {
			if _, ok := c.title(e, 0); !ok {
				e++
				break
			}
		}
		// a family name that is also a title: "أحمد الوكيل،", "سامي القاضي،"
		if units == 1 && isGiven && strings.HasPrefix(n.key, alefLam) && !c.isStop(e) && !c.countryish(e) &&
			(e+1 >= len(c.toks) || !c.toks[e+1].word()) {
			if m, ok := c.title(e, 0); ok && m.j == e+1 {
				e++
				break
			}
		}
		// a Maghrebi family name in "بال" closing the name: "عبد الكريم
		// بالحاج،" (a place or body in "بال" is read as such above)
		if strings.HasPrefix(n.key, ba+alefLam) && (isGiven || t.key == "عبد") && !particle && len(n.key) >= 10 && c.mention(e) == nil &&
			!c.inOrg[e] && (e+1 >= len(c.toks) || !c.toks[e+1].word()) {
			e++
			break
		}
		if c.blocksName(e) || arConstruct.has(n) || arOrgHead.has(n) || arObjects.has(n) {
			break
		}
		// "ب/ل" and a noun in -ة after a name: "الأمير ويليام بجولة"; a
		// family name that closes the clause is no such noun ("سامي لعرايشة.")
		if (strings.HasPrefix(n.key, ba) || strings.HasPrefix(n.key, lam)) && strings.HasSuffix(n.key, "ه") &&
			!strings.HasPrefix(n.key, "بو") && !strings.HasPrefix(n.key, "بن") && !strings.HasPrefix(n.key, "بل") &&
			!(e+1 >= len(c.toks) || !c.toks[e+1].word() || c.toks[e+1].nl) {
			break
		}
		if strings.HasPrefix(n.key, waw) && len(n.key) > 2 && !c.lx.givenAr.hasKey(n.key) && !c.foreignW(e, units) {
			// "ووزير", "والوفد", "وسمير", "آسيا وأوقيانوسيا": a conjunction
			// opens the next item
			break
		}
		if hasAl(n.key) {
			if !strings.HasPrefix(n.key, alefLam) || arNameEnders.has(n) {
				break
			}
			// a family name with the article: after a lone given name, as a
			// nisba in -ي, or when the clause ends right after it
			nisba := strings.HasSuffix(n.key, "ي")
			if units == 1 && !particle || nisba && units <= 3 || !particle && units <= 3 && c.nameBoundary(e+1) {
				e++
			}
			break
		}
		if particle {
			break // after "بن X" only particles and a nisba follow
		}
		e++
		units++
		prevKey = n.key
	}
	if !isGiven {
		// an unknown first word reads as a name only when it looks like
		// one: no noun in -ة ("خطة"), and a two-word name ends at a boundary
		// or in a nisba ("سائد كراجة،", not "تفاصيل الميزانية أمام")
		if e-ns == 1 || strings.HasSuffix(t.key, "ه") && t.key != "عبد" {
			return 0, 0, 0, false
		}
		// a preposition glued to it: "بمقر إقامته" (but "بوريطة", "بنكيران")
		if (strings.HasPrefix(t.key, ba) || strings.HasPrefix(t.key, lam)) &&
			!strings.HasPrefix(t.key, "بو") && !strings.HasPrefix(t.key, "بن") && !strings.HasPrefix(t.key, "بل") {
			return 0, 0, 0, false
		}
		last := c.toks[e-1].key
		if e-ns == 2 && hasAl(last) && !strings.HasSuffix(last, "ي") && !c.nameBoundary(e) {
			return 0, 0, 0, false
		}
		// an unknown word before a place is a verb or a noun: "سيزور عمان"
		if e-ns == 2 && c.mention(e-1) != nil {
			return 0, 0, 0, false
		}
	}
	return ns, e, pre, true
}

func (c *context) readNameLa(k int, strong bool) (int, int, int, bool) {
	t := &c.toks[k]
	_, given := c.given(k)
	if !(t.cap || t.upper) || laParticles.hasKey(t.key) && !t.cap {
		return 0, 0, 0, false
	}
	// "Prince Sultan bin Saad": a given name that is also a title;
	// "Dominique Sanou": a country's name that is a first name here
	if c.blocksName(k) && !(given && !c.isStop(k) && !c.countryish(k)) && !(strong && c.countryGivenName(k)) {
		return 0, 0, 0, false
	}
	if c.inOrg[k] {
		return 0, 0, 0, false
	}
	e := k + 1
	for e < len(c.toks) && e-k < 6 {
		n := &c.toks[e]
		if !n.word() || n.ar || n.nl {
			break
		}
		if laParticles.hasKey(n.key) && !n.upper && e+1 < len(c.toks) && c.toks[e+1].word() && (c.toks[e+1].cap || laParticles.hasKey(c.toks[e+1].key)) {
			e++
			if c.toks[e].cap && !c.isStop(e) {
				e++ // "Ould Cheikh": the word after a particle belongs to the name
			}
			continue
		}
		if romanNumerals.hasKey(n.key) && n.upper || romanNumerals.hasKey(strings.ToUpper(n.key)) && n.upper {
			e++
			break
		}
		if !n.cap && !n.upper && n.s > 0 && c.text[n.s-1] == '-' && c.toks[e-1].e == n.s-1 {
			e++ // "Ki-moon"
			continue
		}
		// "Theresa May": a capitalized month or weekday after a given name
		if n.cap && e == k+1 && given && c.isStop(e) && n.self&bitStopEn != 0 && c.lang != "fr" &&
			e+1 < len(c.toks) && !(c.toks[e+1].word() && c.toks[e+1].cap) {
			if _, isTitle := c.title(e, 0); !isTitle && !c.countryish(e) {
				e++
				continue
			}
		}
		if (n.cap || n.upper) && c.countryish(e) && e == k+1 && !c.isStop(e) {
			if _, g := c.given(k); g && !c.countryish(e+1) {
				e++ // "François Hollande": a family name that is also a place
				continue
			}
		}
		if !(n.cap || n.upper) || c.blocksName(e) || c.inOrg[e] {
			break
		}
		e++
	}
	if e-k == 1 && !strong {
		return 0, 0, 0, false
	}
	for x := k; x <= e && x < len(c.toks); x++ {
		if namedAfter.has(&c.toks[x]) && c.toks[x].cap {
			return 0, 0, 0, false // "Sheikh Zayed Road", "King Fahd Airport"
		}
	}
	return k, e, 0, true
}

// nameBoundary reports that a name may end before token k: punctuation,
// the end of the text, a title or a word that never belongs to a name.
func (c *context) nameBoundary(k int) bool {
	if k >= len(c.toks) || !c.toks[k].word() {
		return true
	}
	if _, ok := c.title(k, 0); ok {
		return true
	}
	return c.isStop(k)
}

// nameBeforeRole reads "NAME، ROLE" and "NAME ROLE": an office title whose
// preceding words are a name.
func (c *context) nameBeforeRole(m match) {
	i := m.i
	end := i
	if i > 0 && c.toks[i-1].isComma() {
		end = i - 1
	}
	// English and French: "Laura Bennett, director of", "René Dubois, le président"
	if !c.toks[i].ar {
		for b := i - 1; b >= 0 && b >= i-7; b-- {
			t := &c.toks[b]
			if t.isComma() || t.p == '(' {
				if laAnd.hasKey(c.toks[b+1].key) {
					return // "X, et l’ambassadeur …": the office of the next person
				}
				end = b
				break
			}
			// "X, interior and local government minister of …": lower-case
			// qualifiers of the office
			lowerQual := t.word() && !t.cap && !t.upper && !c.isStop(b) || laAnd.hasKey(t.key)
			if !t.word() || !(laArticles.hasKey(t.key) || t.key == "s" || t.cap || t.upper || lowerQual) {
				return
			}
			if _, ok := c.title(b, kindMod); ok {
				continue
			}
		}
		if end == i {
			return
		}
	}
	// a quoted name before the comma: «"سامي الحداد"، رئيس …»
	if end == i-1 && end > 0 {
		if ns, ok := c.delimitedName(end - 1); ok {
			c.addPerson(personHit{ns: ns, ne: end - 1, rs: c.roleStartLa(i), re: c.roleEnd(m), roleRank: rankOffice})
			return
		}
	}
	// walk back over name-like words
	b := end - 1
	for b >= 0 && end-b <= 6 {
		t := &c.toks[b]
		if !t.word() || t.num || t.ar != c.toks[i].ar {
			break
		}
		surname := false // a family name that is also a title: "أحمد الوكيل،"
		if t.ar {
			if hasAl(t.key) && b != end-1 && !arParticles.hasKey(c.toks[b].key) && !c.lx.givenAr.hasKey(t.key) {
				break
			}
			if c.blocksName(b) && !arParticles.hasKey(t.key) {
				m := c.mention(b)
				city := m != nil && m.Kind != "country" && m.Kind != "demonym" && !c.isStop(b) && c.titleAt[b].ph == nil
				_, prevGiven := c.given(b - 1)
				titleSurname := b == end-1 && b > 0 && prevGiven && strings.HasPrefix(t.key, alefLam) && !c.isStop(b) && m == nil
				if _, g := c.given(b); !g && !city && !titleSurname {
					break // a town's name may be a family name: "… كلارك، نائب"
				}
				surname = titleSurname
			}
		} else if !(t.cap || t.upper || laParticles.hasKey(t.key)) || c.blocksName(b) {
			break
		}
		if _, ok := c.title(b, 0); ok && !surname {
			break
		}
		b--
	}
	ns := b + 1
	if ns >= end {
		return
	}
	if end == i && b >= 0 && c.coveredByTitle(b) {
		return // "الشيخ تميم بن حمد وزير …": the title before the name reads it
	}
	// the first word must be a given name, or a structure boundary must
	// come before a capitalized name
	var pre int
	for s := ns; s < end; s++ {
		p, ok := c.given(s)
		commaName := false
		if !ok && c.toks[s].ar && s == ns && end == i-1 && s > 0 && c.toks[s-1].isComma() && end-s <= 3 {
			// "، نايجل كلارك، نائب المدير العام": a name set off by commas
			// before an office reads as one even when the words are unknown
			ok, commaName = true, true
		}
		if !ok && c.toks[s].ar && s == ns && end == i && s > 0 && speechVerbs.has(&c.toks[s-1]) && end-s >= 2 && end-s <= 3 {
			// "قال جان إيف لودريان وزير الخارجية …": a speaker's name before
			// the office
			ok, commaName = true, true
		}
		if !ok {
			if c.toks[s].ar {
				continue
			}
			// (after an article it is a thing: "the West Wing, where the president …")
			if s == ns && (s == 0 || !c.toks[s-1].word() || c.isStop(s-1) && !laArticles.hasKey(c.toks[s-1].key)) && end-s >= 2 {
				ok = true
			}
		}
		if !ok {
			continue
		}
		n0, n1, _, ok2 := c.readName(s, true)
		if ok2 && end == i && n1-n0 < 2 {
			return // "بحياة الرئيس": a lone word before a title is no name
		}
		if ok2 && n0 == s && n1 == end {
			pre = p
			rs := i
			if end < i {
				rs = max(end+1, c.roleStartLa(i)) // "X, Kenya's Treasury Secretary"
			}
			h := personHit{ns: s, ne: end, pre: pre, rs: rs, re: c.roleEnd(m), roleRank: rankOffice}
			if counterparts.has(&c.toks[i]) {
				h.roleRank = rankCounterpart
			}
			c.addPerson(h)
			return
		}
		if !commaName {
			return
		}
	}
}

// listAfter reads bare names that continue a list of people:
// "… والوزير الأسبق سامي الحداد، ورامي العلي، والدكتورة سلوى المصري".
func (c *context) listAfter(e int) {
	for e < len(c.toks) {
		k := e
		if c.toks[k].isComma() {
			k++
		}
		if k >= len(c.toks) || !c.toks[k].ar || !strings.HasPrefix(c.toks[k].key, waw) {
			return
		}
		if _, ok := c.title(k, 0); ok {
			return // the title's own match reads it
		}
		pre, ok := c.given(k)
		if !ok || pre == 0 {
			return
		}
		ns, ne, pre2, ok := c.readNameAr(k, false)
		if !ok {
			return
		}
		c.addPerson(personHit{ns: ns, ne: ne, pre: pre2})
		e = ne
	}
}

// speakerNames reads an Arabic given name right after a verb of saying:
// "وقال سامي العلي إن …".
func (c *context) speakerNames() {
	for k := 1; k < len(c.toks); k++ {
		if !c.toks[k].ar || !speechVerbs.has(&c.toks[k-1]) || c.roleTok[k] || c.inOrg[k] {
			continue
		}
		if pre, ok := c.given(k); !ok || pre > 0 {
			continue
		}
		ns, ne, pre, ok := c.readNameAr(k, false)
		if !ok || ne-ns < 2 || !c.nameBoundary(ne) && !c.toks[ne].isComma() {
			continue
		}
		c.addPerson(personHit{ns: ns, ne: ne, pre: pre})
		k = ne
	}
}

// bareNames finds Latin-script names with no title: a known given name and
// one or more capitalized words ("Nelson Mandela", "Karim Mansouri").
func (c *context) bareNames() {
	for k := 0; k < len(c.toks); k++ {
		t := &c.toks[k]
		if t.ar || !t.word() || !t.cap || c.inOrg[k] || c.roleTok[k] || c.mention(k) != nil {
			continue
		}
		if k > 0 && c.toks[k-1].word() && (c.toks[k-1].cap || c.toks[k-1].upper) && !c.toks[k].nl &&
			c.mention(k-1) == nil && !c.inOrg[k-1] && !laOrgHead.hasKey(c.toks[k-1].key) {
			continue // inside a capitalized run
		}
		if _, ok := c.given(k); !ok {
			continue
		}
		ns, ne, _, ok := c.readNameLa(k, false)
		if !ok {
			continue
		}
		clash := false
		for x := ns; x < ne; x++ {
			if c.mention(x) != nil || c.inOrg[x] {
				clash = true
			}
		}
		// followed by an organization word: "Hassan II Foundation"
		if clash || ne < len(c.toks) && c.toks[ne].word() && c.toks[ne].cap {
			continue
		}
		c.addPerson(personHit{ns: ns, ne: ne})
		k = ne
	}
}

// addPerson records a hit after the checks every pattern shares.
func (c *context) addPerson(h personHit) {
	if h.ne <= h.ns {
		return
	}
	// a byline: "كتب: جمعة حمد الله", "By Mohamed Samir"
	// "(Web editor: Chen Wei, Li Na)": every name of a credit line
	for b := h.ns - 1; b >= 0 && b >= h.ns-12; b-- {
		if bylineWords.has(&c.toks[b]) && b+1 < len(c.toks) && c.toks[b+1].p == ':' {
			return
		}
		if c.toks[b].nl || c.toks[b].p == '.' {
			break
		}
	}
	for b := h.ns - 1; b >= 0 && b >= h.ns-3; b-- {
		if bylineWords.has(&c.toks[b]) && (b == 0 || c.toks[b].nl || c.toks[b-1].isBreak() || c.toks[b-1].p == '|' ||
			b+1 < len(c.toks) && c.toks[b+1].p == ':') {
			return
		}
		if c.toks[b].word() {
			break
		}
	}
	// a place named after the person: "l’aéroport Jean Martin", "بمطار …"
	b := h.ns - 1
	for b >= 0 && c.toks[b].word() && !c.toks[b].ar && laArticles.hasKey(c.toks[b].key) && !c.toks[b].cap {
		b--
	}
	if b >= 0 && b < h.ns-1 || b >= 0 && h.re <= h.rs {
		if namedAfter.has(&c.toks[b]) {
			return
		}
	}
	// a signature: a bare name alone on the last line of the text
	if h.re <= h.rs && (h.ns == 0 || c.toks[h.ns].nl) && h.ne == len(c.toks) {
		return
	}
	// a text cut inside the name ("… مصطفى مد"): its last word is a fragment
	if h.ne == len(c.toks) && strings.TrimRightFunc(c.text, unicode.IsSpace) == c.text[:c.toks[h.ne-1].e] {
		if h.ne--; h.ne <= h.ns {
			return
		}
	}
	first := h.ns
	if h.re > h.rs && h.rs < first {
		first = h.rs
	}
	cs := c.sentenceStart(first)
	for b := first - 1; b >= cs && b >= first-12; b-- {
		if c.toks[b].isComma() && !c.listGoesOn(b+1) {
			break // "Under the patronage of King X, Minister Y opened …"
		}
		if backgroundPersonCues.has(&c.toks[b]) {
			h.bg = true
		}
	}
	// joined by و to a background person, a person shares the frame:
	// "بتوجيهات من الملك X وولي العهد Y"
	if n := len(c.people); !h.bg && n > 0 && c.people[n-1].bg {
		if p := c.people[n-1]; p.ne < h.ns && h.ns-p.ne <= 6 && c.toks[p.ne].ar && strings.HasPrefix(c.toks[p.ne].key, waw) {
			h.bg = true
		}
	}
	if h.re > h.rs {
		h.country = c.roleCountry(h.rs, h.re)
	}
	if h.country == "" {
		h.country = h.honorCountry
	}
	if t := c.titleAt[h.rs]; h.country == "" && h.re > h.rs && t.ph != nil && t.ph.country != "" {
		h.country = t.ph.country // the role opens with a protocol title
	}
	// a protocol title right before the role or name: "خادم الحرمين
	// الشريفين الملك سلمان" → SA
	for b := first - 1; h.country == "" && b >= 0 && b >= first-6; b-- {
		if m := c.titleAt[b]; m.ph != nil && m.ph.country != "" && m.j >= first-1 {
			h.country = m.ph.country
		}
		if !c.toks[b].word() {
			break
		}
	}
	for k := h.ns; k < h.ne; k++ {
		c.roleTok[k] = true
	}
	for k := h.rs; k < h.re; k++ {
		c.roleTok[k] = true
	}
	c.people = append(c.people, h)
}

// roleCountry returns the country a role phrase names: a demonym or a
// country in it, or a demonym right before it ("Chinese President").
func (c *context) roleCountry(rs, re int) string {
	for k := rs; k < re; k++ {
		if m := c.mention(k); m != nil && (m.Kind == "country" || m.Kind == "demonym") {
			if c.postedTo(k) {
				break // "سفير المغرب لدى الأردن", "envoy for Libya": not whom the person represents
			}
			return m.Country
		}
		if code := stateShortName(&c.toks[k]); code != "" {
			return code // "Président du Faso"
		}
	}
	// a qualifier right before the role: "Chinese President", "U.S. Secretary"
	if c.toks[rs].ar {
		return ""
	}
	b := rs - 1
	for b > 0 && c.toks[b].p == '.' {
		b--
	}
	if b >= 0 && c.toks[b].word() {
		if m := c.mention(b); m != nil && (m.Kind == "country" || m.Kind == "demonym") {
			return m.Country
		}
	}
	return ""
}

// postedTo reports a country named after "to", "for", "لدى", "auprès de":
// where a person is posted or what a mandate covers.
func (c *context) postedTo(k int) bool { return c.prepBefore(k, postedPreps) }

// prepBefore reports a preposition of preps before token k, with only
// articles and other prepositions between: "to the", "auprès du".
func (c *context) prepBefore(k int, preps wordSet) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		t := &c.toks[b]
		if !t.word() {
			return false
		}
		if preps.has(t) {
			return true
		}
		if !laArticles.hasKey(t.key) && !laPreps.hasKey(t.key) {
			return false
		}
	}
	return false
}

// peopleResult merges hits that name the same person and keeps the best
// role for each.
func (c *context) peopleResult() []Person {
	type merged struct {
		h     personHit
		toks  []string
		first int
		bg    bool
		// addressee: every mention names whom something is for
		addressee bool
	}
	var ms []*merged
	for _, h := range c.people {
		nt := c.nameKeys(h.ns, h.ne)
		var into *merged
		for _, m := range ms {
			if sameName(m.toks, nt) {
				into = m
				break
			}
		}
		if into == nil {
			ms = append(ms, &merged{h: h, toks: nt, first: h.ns, bg: h.bg, addressee: h.addressee})
			continue
		}
		into.addressee = into.addressee && h.addressee // met in person elsewhere
		// keep the longer name and the better role
		if len(nt) > len(into.toks) {
			role := into.h
			into.toks = nt
			into.h.ns, into.h.ne, into.h.pre = h.ns, h.ne, h.pre
			if h.roleRank < role.roleRank || h.roleRank == role.roleRank && c.fuller(role, h) {
				into.h.rs, into.h.re, into.h.roleRank = role.rs, role.re, role.roleRank
			} else {
				into.h.rs, into.h.re, into.h.roleRank = h.rs, h.re, h.roleRank
			}
		} else if h.roleRank > into.h.roleRank || h.roleRank == into.h.roleRank && c.fuller(h, into.h) {
			// the better role; of two offices, the fuller phrase ("رئيس الجمهورية" over "الرئيس")
			into.h.rs, into.h.re, into.h.roleRank = h.rs, h.re, h.roleRank
		}
		if into.h.country == "" {
			into.h.country = h.country
		}
	}
	out := make([]Person, 0, len(ms))
	for _, m := range ms {
		if m.bg || m.addressee {
			continue
		}
		h := m.h
		if len(m.toks) < 2 && !c.toks[h.ns].ar {
			continue // a surname alone that no full mention explains
		}
		if len(m.toks) < 2 {
			if _, ok := c.given(h.ns); !ok || h.roleRank == rankNone {
				continue
			}
		}
		sp := c.span(h.ns, h.ne, h.pre, 0.8)
		p := Person{Span: sp, Name: sp.Text, Country: h.country}
		if h.re > h.rs {
			p.Role = c.roleText(h.rs, h.re)
			p.Confidence = 0.9
			p.Organization = c.roleOrg(h.rs, h.re)
		}
		out = append(out, p)
	}
	return out
}

// roleOrg returns the first body named in a role phrase: the one the
// person speaks for ("spokesman for the Civil Defence").
func (c *context) roleOrg(rs, re int) string {
	for _, o := range c.orgs {
		if o.i >= rs && o.j <= re && !o.blocked {
			if o.entry != nil {
				return o.entry.Name
			}
			return c.span(o.i, o.j, o.pre, 0).Text
		}
	}
	return ""
}

// roleText is the role as written, without an attached proclitic or a
// trailing conjunction.
func (c *context) roleText(rs, re int) string {
	s := int(c.toks[rs].s)
	if m, ok := c.title(rs, 0); ok && m.preRunes > 0 {
		s = skipRunes(c.text, s, m.preRunes)
	}
	return c.text[s:c.toks[re-1].e]
}

// nameKeys returns the folded words of a name for comparing mentions,
// without Arabic particles' spacing differences ("عبدالله" = "عبد الله").
func (c *context) nameKeys(ns, ne int) []string {
	out := make([]string, 0, ne-ns)
	for k := ns; k < ne; k++ {
		key := c.toks[k].key
		if c.toks[k].ar && k == ns {
			if _, ok := c.given(k); ok {
				for _, rd := range stems(key, c.buf)[1:] {
					if c.lx.givenAr.hasKey(rd.stem) {
						key = rd.stem
						break
					}
				}
			}
		}
		if len(out) > 0 && (out[len(out)-1] == "عبد") {
			out[len(out)-1] += key
			continue
		}
		out = append(out, key)
	}
	return out
}

// sameName reports two mentions of one person: one name inside the other,
// where a one-word name must be the other's last word ("Durand" in
// "Emmanuel Durand"), not a shared given name ("محمد").
func sameName(a, b []string) bool {
	long, short := a, b
	if len(b) > len(a) {
		long, short = b, a
	}
	if len(short) == 1 {
		return len(long) == 1 && long[0] == short[0] || len(long) > 1 && long[len(long)-1] == short[0]
	}
	return containsSeq(long, short)
}

func containsSeq(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if long[i+j] != short[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// listGoesOn reports a conjunction at token k, after a comma: "…، والملك
// …", ", and King …" go on with a list; anything else opens a new clause.
func (c *context) listGoesOn(k int) bool {
	if k >= len(c.toks) {
		return false
	}
	t := &c.toks[k]
	if laAnd.has(t) {
		return true
	}
	if !t.ar || !strings.HasPrefix(t.key, waw) {
		return false
	}
	_, title := c.title(k, 0)
	return title || c.givenAt(k) || hasAl(t.key) // "، والملك …", not "، وزع …" (a verb)
}

// deputyHeads govern the office they serve with ل: "النائب الأول لرئيس
// مجلس الوزراء", "المستشار الخاص للأمين العام".
var deputyHeads = newWordSet(`نائب النائب نائبة مستشار المستشار مستشارة مساعد المساعد مساعدة`)

// directionWords open a region's name: "شمال إفريقيا", "جنوب شرق آسيا".
var directionWords = newWordSet(`شمال جنوب شرق غرب وسط`)

// givenAt reports a known given name at token k.
func (c *context) givenAt(k int) bool {
	_, ok := c.given(k)
	return ok
}

// fuller reports that a's role says b's office more fully: "رئيس
// الجمهورية" for "الرئيس", "Federal President" for "President", or a
// longer office read before its name ("chef d'État congolais X" over
// "président X") or after it when no other name follows; an office set off
// between two names may be the next person's and must contain the shorter.
func (c *context) fuller(a, b personHit) bool {
	if a.re-a.rs <= b.re-b.rs || b.re <= b.rs {
		return false
	}
	return a.re <= a.ns || !c.nameFollows(a.re) || subsetKeys(c.bareKeys(c.toks[b.rs:b.re]), c.bareKeys(c.toks[a.rs:a.re]))
}

// foreignW reports a family name that starts with و after a lone first
// name ("جوناثان ويلكس"): no known given name or title follows the و, the
// word has no article, and the clause ends right after it.
func (c *context) foreignW(e, units int) bool {
	n := &c.toks[e]
	if units != 1 || hasAl(n.key) || c.lx.givenAr.hasKey(n.key[len(waw):]) || c.mention(e) != nil || !c.nameBoundary(e+1) {
		return false
	}
	_, title := c.title(e, 0)
	return !title
}
