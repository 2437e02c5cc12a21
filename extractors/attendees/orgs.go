package attendees

import (
	"slices"
	"strconv"
	"strings"
)

// orgHit is one organization mention.
type orgHit struct {
	i, j    int // tokens [i, j)
	pre     int // runes of a proclitic left out of the span
	entry   *OrgEntry
	head    bool // found by pattern with a ministry head
	ai, aj  int  // an acronym or short name given with it, tokens [ai, aj); ai == aj when none
	blocked bool // an outlet or an adversary: never a participant
	company bool // named beside its officer's title ("Alstom CEO")
}

// laOrgHead open an organization name ("Ministry of …", "Banque …").
var laOrgHead = newWordSet(`Ministry Ministère ministère Department Office Bank Banque Council Conseil Commission
	Agency Agence Authority Autorité Directorate Direction Instance Institute Institut Centre Center Committee
	Comité Fund Fonds Court Cour Tribunal Organization Organisation Union Federation Fédération Association Party
	Parti Mouvement Front Caisse Société Compagnie Haute Haut Assemblée Chambre Corporation Company Authority
	Rassemblement Alliance Ligue League Movement Coalition Congress Division Secretariat Secrétariat Forces`)

// laOrgTail end an organization name ("Aqaba Development Company").
var laOrgTail = newWordSet(`Company Corporation Agency Commission Council Authority Bank Fund Office Party Group
	Ministry Centre Center Committee Organization Organisation Institute Association Union Foundation Bloc
	Alliance Coalition Movement Holding Holdings Airlines Airways Ports Railways Forces League Assembly Parliament
	Senate Congress Court Tribunal Police Army Guard Front Federation Confederation Secretariat Directorate
	Department Division Bureau Institute Institution Cabinet`)

// frOrgAdjectives are lower-case adjectives that belong to French body
// names after a capitalized word.
var frOrgAdjectives = newWordSet(`étrangères étranger étrangers extérieures extérieur intérieure intérieur publique
	publiques public publics nationale national nationaux sociale sociales social sociaux économique économiques
	financière financières financier mondiale mondial africaine africain européenne européen internationale
	international générale général supérieure supérieur culturelles culturelle religieuses islamiques maritime
	maritimes locales locale territoriale territoriales numérique rurale rural agricole civile civil militaire
	sanitaire humanitaire arabe arabes maghrébine sahélienne régionale régional centrale central mixte mixtes
	permanente permanent consultative consultatif indépendante indépendant exécutive exécutif conjointe conjoint
	spéciale spécial suprême bilatérale bilatéral intergouvernementale intergouvernemental`)

// pressWords mark a news agency or outlet found by pattern.
var pressWords = newWordSet(`presse press news الأنباء أنباء للأنباء الإخبارية newspaper journal`)

// companyWords make a body found by pattern a company or bank, which counts
// even inside the role of its officer ("الرئيس التنفيذي لشركة …").
var companyWords = newWordSet(`شركة الشركة بنك البنك مصرف المصرف مجموعة Company Corporation Bank Group Holding
	Holdings Airlines Airways Société Groupe Banque Compagnie`)

// companyAt reports a body whose first or last word is a company word.
func (c *context) companyAt(h orgHit) bool {
	return companyWords.has(&c.toks[h.i]) || companyWords.has(&c.toks[h.j-1])
}

// agencyHeads open a public agency or institute that speaks through its
// officer: "the director of the National Institute of Seismology, X, said",
// "مدير المعهد الوطني للبحوث الفلكية". Named early in a role, the body counts.
var agencyHeads = newPlainSet(`Institute Institut Agency Agence Authority Autorité Directorate Direction
	معهد المعهد لمعهد وكالة الوكالة لوكالة مديرية المديرية لمديرية أمانة الأمانة لأمانة`)

// ministryHeads make a body that counts even inside a person's role.
var ministryHeads = newWordSet(`وزارة الوزارة Ministry Ministère ministère`)

// findOrgs reads the lexicon matches and the pattern organizations.
func (c *context) findOrgs() {
	next := 0 // the first token after the last body read
	for _, i := range c.heads {
		m := c.orgAt[i]
		if int(i) < next || m.ph == nil {
			continue
		}
		if m.j-m.i == 1 && c.capsWord(m.i) {
			continue // "AU TITRE DE …": a heading in capitals, not "AU"
		}
		if m.j-m.i == 1 && !c.toks[m.i].upper && m.ph.words[0].mode == caseUpper && len(c.toks[m.i].key) <= 3 &&
			!slices.Contains(m.ph.org.Aliases, c.textOf(m.i, m.j)) {
			continue // "Who", "Far": a word, not WHO or FAR; "Unicef" and a listed "Onu" stay
		}
		if m.j < len(c.toks) && c.toks[m.j-1].p == '.' && c.toks[m.j].p == '-' && c.toks[m.j].s == c.toks[m.j-1].e {
			next = m.j // "U.N.-brokered": a dotted acronym in a compound adjective
			continue
		}
		if c.longerName(m.i, m.j) {
			continue // "National Democratic Party" is not the "Democratic Party" of the lexicon
		}
		h := orgHit{i: m.i, j: m.j, pre: m.preRunes, entry: m.ph.org, ai: m.j, aj: m.j}
		h.blocked = m.ph.org.Kind == "outlet" || m.ph.org.Kind == "armed"
		if s := c.nameBeforeAcronym(m.i, m.j); s >= 0 && !h.blocked {
			// "Abu Dhabi national oil Company (ADNOC)": the name the text
			// gives, with the lexicon body's acronym
			h = orgHit{i: s, j: m.i - 1, entry: m.ph.org, ai: m.i, aj: m.j}
			c.addOrg(h)
			next = m.j
			continue
		}
		c.acronymAfter(&h)
		c.addOrg(h)
		next = max(h.j, h.aj)
	}
	for i := 0; i < len(c.toks); i++ {
		if c.inOrg[i] || !c.toks[i].word() {
			continue
		}
		var h orgHit
		var ok bool
		if c.toks[i].ar {
			if !arOrgHead.has(&c.toks[i]) {
				continue // the test patternAr starts with, without the call
			}
			h, ok = c.patternAr(i)
		} else {
			h, ok = c.patternLa(i)
		}
		if !ok {
			continue
		}
		if c.venue(h) || c.placeSpan(h) {
			i = h.j - 1 // "Palais des congrès", "West Bank": a place, not a body
			continue
		}
		if u := c.unitOf(h); u >= 0 {
			// "U.N. Office for Disaster Risk Reduction", "Gulf
			// Cooperation Council Secretariat General": a unit named
			// after its body is a body of its own, read with the name
			unit := orgHit{i: c.orgs[u].i, j: h.j, pre: c.orgs[u].pre}
			c.acronymAfter(&unit)
			c.orgs[u] = unit
			for k := unit.i; k < max(unit.j, unit.aj); k++ {
				c.inOrg[k] = true
				c.orgEnd[k] = int32(unit.j)
			}
			i = max(unit.j, unit.aj) - 1
			continue
		}
		c.acronymAfter(&h)
		c.addOrg(h)
		i = max(h.j, h.aj) - 1
	}
	c.initialsOrgs()
	c.shapeOrgs()
}

// unitOf returns the index in c.orgs of the Latin-script lexicon body
// ending right where the pattern body h begins, or -1.
func (c *context) unitOf(h orgHit) int {
	if c.toks[h.i].ar {
		return -1
	}
	for u := len(c.orgs) - 1; u >= 0; u-- {
		if o := &c.orgs[u]; o.j == h.i && o.aj == h.i && o.entry != nil && !o.blocked {
			return u
		}
	}
	return -1
}

// nameBeforeAcronym returns the start of a Latin-script name ending in a
// body word right before the bracketed lexicon acronym [i, j), or -1: the
// words back from the bracket up to a stop word, beginning on a capital.
func (c *context) nameBeforeAcronym(i, j int) int {
	if j-i != 1 || i < 3 || j >= len(c.toks) || c.toks[i-1].p != '(' || c.toks[j].p != ')' || !c.toks[i].acr {
		return -1
	}
	e := i - 2 // the word before the bracket
	if !c.toks[e].word() || c.toks[e].ar || !c.toks[e].cap || !laOrgTail.has(&c.toks[e]) || c.inOrg[e] {
		return -1
	}
	s := e
	for s > 0 && e-s < 6 && c.toks[s-1].word() && !c.toks[s-1].ar && !c.inOrg[s-1] && !c.isStop(s-1) && !laArticles.has(&c.toks[s-1]) && !c.toks[s].nl {
		s--
	}
	if s == e || !c.toks[s].cap {
		return -1
	}
	return s
}

// longerName reports a Latin-script lexicon match [i, j) right after a
// capitalized word that is no place, title or sentence opening, when the
// patterns read a longer name through it: the match is the end of that name.
func (c *context) longerName(i, j int) bool {
	if i < 2 || c.toks[i].ar {
		return false
	}
	p := &c.toks[i-1]
	if !p.word() || !p.cap || p.upper || p.nl || c.mention(i-1) != nil || laArticles.has(p) || c.isStop(i-1) {
		return false
	}
	if _, ok := c.title(i-1, 0); ok || c.titleAt[i-1].ph != nil || !c.toks[i-2].word() {
		return false
	}
	s := i - 1
	for s > 0 && i-s < 4 && c.toks[s-1].word() && c.toks[s-1].cap && !c.toks[s].nl && c.mention(s-1) == nil && !c.isStop(s-1) {
		s--
	}
	for ; s < i; s++ {
		if h, ok := c.patternLa(s); ok && h.j >= j {
			return true
		}
	}
	return false
}

// initialsOrgs reads "NAME (ACRONYM)" where the acronym spells the
// initials of the words before it: "Direction générale de la sécurité
// civile (DGSC)", "Joint Planning Committee (JPC)".
func (c *context) initialsOrgs() {
	for k := 2; k+2 < len(c.toks); k++ {
		a := &c.toks[k]
		if c.toks[k-1].p != '(' || !a.acr || c.inOrg[k] || len(a.key) < 2 || len(a.key) > 8 {
			continue
		}
		ke, want := c.acronymEnd(k)
		if ke >= len(c.toks) || c.toks[ke].p != ')' || len(want) > 8 {
			continue
		}
		// walk back over content words, matching the acronym from its end
		b := k - 2
		n := len(want)
		for b >= 0 && n > 0 && k-2-b < 16 {
			t := &c.toks[b]
			if !t.word() || t.ar || c.inOrg[b] {
				break
			}
			if laPreps.hasKey(t.key) || laArticles.hasKey(t.key) || laAnd.hasKey(t.key) || len(t.key) == 1 && !t.cap {
				b-- // "Tehreek-e-Insaf": a one-letter link
				continue
			}
			if t.key[0] != want[n-1] {
				break
			}
			n--
			b--
		}
		start := b + 1
		for start < k-1 && !c.toks[start].cap { // begin on a capitalized word
			start++
		}
		if n > 0 || start >= k-1 || !c.toks[start].cap {
			continue
		}
		if h := (orgHit{i: start, j: k - 1, ai: k, aj: ke}); !c.venue(h) && !c.placeSpan(h) && (c.bodyWordIn(h) || c.seatCounts()) {
			c.addOrg(h)
		}
	}
}

// bodyWords name the kind of a body: a name given with its initials
// holds one ("Joint Planning Committee (JPC)"), unlike the name of a
// programme, a device or an index ("Hang Seng Index (HSI)"). Party names
// without one are read where seats are counted.
var bodyWords = newPlainSet(`Ministry Ministère ministère Department Office Bank Banque Council Conseil Commission
	Agency Agence Authority Autorité Directorate Direction Instance Institute Institut Centre Center Committee
	Comité Fund Fonds Court Cour Tribunal Organization Organisation Union Federation Fédération Association Party
	Parti Mouvement Front Caisse Société Compagnie Assemblée Chambre Corporation Company Rassemblement Alliance
	Ligue League Movement Coalition Congress Division Secretariat Secrétariat Group Groupe Holding Foundation
	Fondation Bureau Board Service Unit Cellule Observatory Observatoire Programme Program Initiative Network
	Réseau Forum Mission Council Forces Force Police Army Guard Academy Académie University Université
	Syndicate Syndicat Confederation Confédération Institution Chamber Société Office Bloc Trust`)

// bodyWordIn reports a body word in the name of h.
func (c *context) bodyWordIn(h orgHit) bool {
	for k := h.i; k < h.j; k++ {
		if bodyWords.has(&c.toks[k]) {
			return true
		}
	}
	return false
}

// placeSpan reports a Latin-script name that is a gazetteer place from
// its first word to its last ("West Bank", "Democratic Republic of Congo").
func (c *context) placeSpan(h orgHit) bool {
	if c.toks[h.i].ar || c.mentAt[h.i] < 0 {
		return false
	}
	return c.placeEnd(h.i) >= h.j
}

func (c *context) addOrg(h orgHit) {
	// a pattern body holding an outlet or an adversary ("Agence de presse
	// Xinhua", "وكالة أنباء …") is one too
	if h.entry == nil {
		for k := h.i; k < h.j; k++ {
			if m := c.orgAt[k]; m.ph != nil && (m.ph.org.Kind == "outlet" || m.ph.org.Kind == "armed") || pressWords.has(&c.toks[k]) {
				h.blocked = true
				break
			}
		}
	}
	for k := h.i; k < h.j; k++ {
		c.inOrg[k] = true
		c.orgEnd[k] = int32(h.j)
	}
	for k := h.ai; k < h.aj; k++ {
		c.inOrg[k] = true
	}
	c.orgs = append(c.orgs, h)
}

// acronymAfter reads an acronym or short name given in brackets or quotes
// right after a name: "African Development Bank (AfDB)", "المنظمة الدولية
// للشرطة القضائية “الانتربول”".
func (c *context) acronymAfter(h *orgHit) {
	h.ai, h.aj = h.j, h.j
	k := h.j
	if k+2 >= len(c.toks) || !c.toks[k].isQuote() {
		return
	}
	a := k + 1
	if m := c.orgAt[a]; m.ph != nil && (h.entry == nil || m.ph.org == h.entry) && m.j < len(c.toks) && c.toks[m.j].isQuote() {
		if h.entry == nil {
			h.entry = m.ph.org
		}
		h.ai, h.aj = a, m.j
		return
	}
	if t := &c.toks[a]; c.toks[k].p == '(' && c.toks[a+1].p == ')' && t.ar && t.word() && !t.num && c.toks[h.i].ar &&
		c.mention(a) == nil && c.orgAt[a].ph == nil && !mediaWords.has(t) {
		h.ai, h.aj = a, a+1 // "إدارة الكوارث والطوارئ (آفاد)": a short name in brackets
		return
	}
	if !c.toks[a].acr {
		return
	}
	if e, _ := c.acronymEnd(a); e < len(c.toks) && c.toks[e].isQuote() {
		h.ai, h.aj = a, e
	}
}

// mediaWords in brackets mark what a page shows ("(فيديو)"), not a name.
var mediaWords = newPlainSet(`فيديو صور صورة بالصور بالفيديو شاهد إنفوجراف انفوجراف تفاصيل`)

// acronymEnd returns the end of the acronym at token k, joining the parts
// of a hyphenated one ("UP-R"), and its folded letters.
func (c *context) acronymEnd(k int) (int, string) {
	e, letters := k+1, c.toks[k].key
	for e < len(c.toks) && c.toks[e].word() && (c.toks[e].upper || c.toks[e].cap && len(c.toks[e].key) == 1) &&
		c.toks[e].s == c.toks[e-1].e+1 && c.text[c.toks[e-1].e] == '-' {
		letters += c.toks[e].key
		e++
	}
	return e, letters
}

// patternAr reads "HEAD COMPLEMENTS": "وزارة الشؤون الخارجية والتعاون",
// "المكتب الإعلامي رئيس الوزراء", "الحكومة التونسية".
func (c *context) patternAr(i int) (orgHit, bool) {
	t := &c.toks[i]
	if !arOrgHead.has(t) {
		return orgHit{}, false
	}
	pre := 0
	rd := stems(t.key, c.buf)
	for _, r := range rd {
		if arOrgHead.hasKey(r.stem) {
			pre = r.raw
			break
		}
	}
	k := i + 1
	n := 0
	if foundedHeads.has(t) {
		// "دارة الملك سلمان", "مؤسسة محمد بن راشد للمعرفة": named after a person
		if e := c.founderEnd(k); e > k {
			k, n = e, 1
		}
	}
	for k < len(c.toks) && k-i < 16 {
		x := &c.toks[k]
		if n > 0 && dashes[x.p] && k+1 < len(c.toks) && c.countryish(k+1) && c.countryish(k-1) {
			k += 2 // "المجلس التنسيقي الأردني – الكويتي": a pair of demonyms
			n++
			continue
		}
		if !x.word() || !x.ar || x.num {
			break
		}
		if n == 0 && strings.HasPrefix(x.key, waw) {
			break
		}
		if m := c.mention(k); n > 0 && strings.HasPrefix(x.key, waw) && m != nil && m.Kind == "country" {
			break // "المؤسسة المالية والمغرب": a country joined by و is a second party
		}
		if n > 0 && (c.orgAt[k].ph != nil || arOrgHead.has(x)) && strings.HasPrefix(x.key, waw) {
			break // "الحكومة المغربية والبنك الأوروبي للاستثمار", "وزارة المالية والبنك المركزي"
		}
		if _, g := c.given(k); g && !hasAl(x.key) {
			break
		}
		if m, ok := c.title(k, 0); ok && m.ph.kind == kindHonor {
			break
		}
		if c.isStop(k) {
			// "بعثة الأمم المتحدة في العراق"; not a capital, where a body
			// meets ("المجلس الأعلى للاتحاد في أبوظبي")
			if arPreps.has(x) && n > 0 && k+1 < len(c.toks) && c.countryish(k+1) && c.mention(k+1).Kind != "capital" {
				k += 2
				n++
				continue
			}
			break
		}
		if (strings.HasPrefix(x.key, ba) || strings.HasPrefix(x.key, "وب")) && hasAl(x.key) && c.mention(k) == nil && !c.inOrg[k] {
			break // "البنك المركزي بالتعاون مع …"; "بالقاهرة" is a place and stays
		}
		if arLilStops.has(x) || arRepresented.has(x) {
			break // "للمرة الثانية": a word of time; "الحكومة المصرية ممثلة في …": who represents it
		}
		if n > 0 && dealNouns.has(x) {
			break // "وقعت شركة X الاتفاقية": the verb's object
		}
		if n > 0 && arAndNouns.has(x) && k+1 < len(c.toks) && c.toks[k+1].ar && hasAl(c.toks[k+1].key) && !c.inOrg[k+1] {
			k += 2 // "وزارة الخارجية وشؤون المغتربين", "… وحماية البيئة"
			n += 2
			continue
		}
		if n > 0 && hasAl(c.toks[k-1].key) && hasAl(x.key) && !strings.HasPrefix(x.key, waw) && !c.inOrg[k] && !c.countryish(k) &&
			!arAdjShaped(c.text[x.s:x.e]) && !c.lilComplement(i, k) {
			break // "… للمعرفة الملتقى", "البنك المركزي الليبي الاتفاق": a definite word takes no genitive; only an adjective follows
		}
		if hasAl(x.key) && !arNameEnders.has(x) || c.inOrg[k] || c.countryish(k) ||
			arConstruct.has(x) && n == 0 || c.titleAt[k].ph != nil && c.titleAt[k].ph.kind == kindOffice && n > 0 {
			if strings.HasPrefix(x.key, waw) && !hasAl(x.key) {
				break
			}
			k++
			n++
			continue
		}
		break
	}
	if n == 0 {
		return orgHit{}, false
	}
	// a definite head needs a name-like complement: a demonym, a body, or
	// an adjective with the article ("المجلس الوطني", not "المجلس للجهود")
	// (a country with a preposition on it is no complement: "للبنك بالمغرب")
	if arOrgWeakHead.has(t) && !(c.countryish(i+1) && strings.HasPrefix(c.toks[i+1].key, alefLam)) && !c.inOrg[i+1] {
		first := c.toks[i+1].key
		if !strings.HasPrefix(first, alefLam) {
			return orgHit{}, false
		}
		// "رئيس الحكومة الحبيب …": a given name after a feminine head
		// begins a person's name; an adjective of the body would agree
		if c.lx.givenAr.has(&c.toks[i+1]) && strings.HasSuffix(t.key, "ه") && !strings.HasSuffix(first, "ه") {
			return orgHit{}, false
		}
		// "اجتماعات البنك المنعقدة": a feminine word after a masculine head
		// qualifies something else, and a plural or dual one after any
		// ("صندوق النقد والبنك الدوليين": the two bodies together)
		if !strings.HasSuffix(t.key, "ه") && strings.HasSuffix(first, "ه") && !c.countryish(i+1) ||
			strings.HasSuffix(first, "ين") || strings.HasSuffix(first, "ون") {
			return orgHit{}, false
		}
		// "المؤسسة الدولية" alone is no name; "الهيئة الوطنية للانتخابات"
		// and "الهيئة الوطنية المستقلة للانتخابات" are
		if isGenericAdj(first) && !c.namedAfter(i+2, k) {
			return orgHit{}, false
		}
	}
	// "هو مؤسسة مالية تنموية": an indefinite head with indefinite
	// adjectives only is a description, not a name
	if !hasAl(t.key) && c.onlyAdjectives(i+1, k) {
		return orgHit{}, false
	}
	return orgHit{i: i, j: k, pre: pre, head: ministryHeads.has(t)}, true
}

// onlyAdjectives reports tokens [i, e) that are all indefinite Arabic
// adjectives of relation ("مالية", "تنموية", "دولي"), none a place or body.
func (c *context) onlyAdjectives(i, e int) bool {
	for k := i; k < e; k++ {
		key := c.toks[k].key
		if hasAl(key) || c.mention(k) != nil || c.inOrg[k] || !(strings.HasSuffix(key, "يه") || strings.HasSuffix(key, "ي")) {
			return false
		}
	}
	return e > i
}

// namedAfter reports a word in tokens [a, b) that makes a name after a
// generic adjective: a complement with ل, or an adjective of its own.
func (c *context) namedAfter(a, b int) bool {
	for k := a; k < b; k++ {
		key := c.toks[k].key
		if strings.HasPrefix(key, lam) || c.toks[k].word() && !isGenericAdj(key) {
			return true
		}
	}
	return false
}

// arAndNouns are nouns joined by و that continue a body's name when a
// definite genitive follows: "وشؤون المغتربين", "وحماية البيئة", "وإصلاح
// الإدارة".
var arAndNouns = newPlainSet(`وشؤون وحماية وإصلاح وتشغيل وتنمية وتطوير وتخطيط ودعم ورعاية وتعزيز وترقية وتحديث وإدارة
	وتنظيم وتأهيل وإعادة`)

// lilComplement reports the first complement with ل and the article
// after a head and its adjective: "المعهد الوطني للبحوث الفلكية",
// "الهيئة العليا للاتصال"; a second one, or a word of time ("للمرة"), ends
// the name.
func (c *context) lilComplement(i, k int) bool {
	if !strings.HasPrefix(c.toks[k].key, "لل") {
		return false
	}
	for x := i + 1; x < k; x++ {
		if strings.HasPrefix(c.toks[x].key, "لل") {
			return false
		}
	}
	return true
}

// arRepresented introduce who represents a body ("ممثلة في وزارة …").
var arRepresented = newPlainSet(`ممثلة ممثلا ممثلًا ممثلين متمثلة ممثلتين`)

// arLilStops are words with ل and the article that never complement a
// body's name.
var arLilStops = newPlainSet(`للمرة للعام للسنة لليوم للشهر للأسبوع للفترة للصحفيين للصحافة للجريدة للقناة للموقع`)

// isGenericAdj reports adjectives that make no name after a weak head:
// "الحكومة الحالية", "المجلس المقبل".
func isGenericAdj(key string) bool {
	switch key {
	case "الحاكم", "الحاكمه", "المعارض", "المعارضه", "الدوليه", "الدولي", "الوطنيه", "الوطني", "العامه", "العام", "العربيه", "الاقليميه", "الاسلاميه", "المختلفه", "الرسميه", "الرسمي", "الحاليه", "المقبل", "المقبله", "الجديد", "الجديده", "السابق", "السابقه", "الماضي", "الماضيه", "نفسه", "ذاته", "المذكور", "المعنيه", "المعني", "المختصه", "المحليه", "الاول", "الاولي", "الثاني", "الثانيه", "المشتركه", "المشترك", "الاخير", "الاخيره",
		"الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر":
		return true
	}
	return false
}

// patternLa reads "Ministry of X", "ministère de l’Économie", "Direction
// générale de la sécurité civile" and "Aqaba Logistics Company".
func (c *context) patternLa(i int) (orgHit, bool) {
	t := &c.toks[i]
	if laOrgHead.hasKey(t.key) && (t.cap || c.lang == "fr" && (t.key == "ministere" || c.cabinet(i))) {
		if k := c.orgTailLa(i); k > i+1 {
			return orgHit{i: i, j: k, head: ministryHeads.hasKey(t.key)}, true
		}
		return orgHit{}, false
	}
	// a capitalized run ending in an organization word, and what follows
	// that word: "Joint Commission on Trade and Investment"
	if !(t.cap || t.upper) || c.isStop(i) || laArticles.hasKey(t.key) {
		return orgHit{}, false
	}
	if _, ok := c.title(i, 0); ok {
		return orgHit{}, false
	}
	k, end := i, -1
	for k < len(c.toks) && k-i < 8 {
		x := &c.toks[k]
		if k > i && x.key == "s" && x.s == c.toks[k-1].e+1 && k+1 < len(c.toks) && c.toks[k+1].cap && c.mention(k-1) == nil {
			k++ // "People's Democratic Alliance": a possessive inside the name (not "Kenya's …")
			continue
		}
		if !x.word() || x.ar || !(x.cap || x.upper) && !(laAnd.hasKey(x.key) && k > i) || x.nl && k > i {
			break
		}
		if _, ok := c.title(k, kindOffice); ok && k > i && end < 0 {
			break // "… Association President Jo Lund": an office ends the name
		}
		if laOrgTail.hasKey(x.key) && x.cap && k > i {
			end = max(k+1, c.orgTailLa(k))
		}
		k++
	}
	if end < 0 {
		return orgHit{}, false
	}
	return orgHit{i: i, j: end}, true
}

// orgTailLa returns the end of the complements after an organization word
// at h: prepositions with capitalized words ("of Planning and Economic
// Development"), and in French lower-case adjectives and nouns after a
// preposition ("générale de la sécurité civile"). It returns h+1 when none.
func (c *context) orgTailLa(h int) int {
	fr := c.lang == "fr"
	k, end := h+1, h+1
	lowerOK := fr     // a lower-case adjective may follow the head
	prep := false     // a preposition opened the complement
	afterAnd := false // "… de la Santé et des secouristes": after "et" only a capitalized part
	named := false    // a capitalized complement was read: "Conseil de la Ligue … au sommet" ends before "au"
	for k < len(c.toks) && k-h < 14 {
		x := &c.toks[k]
		if !x.word() || x.ar || x.nl || c.inOrg[k] {
			break // a lexicon body ends the name: "Conseil d’administration de la Banque …"
		}
		switch {
		case !fr && (x.key == "at" || x.key == "in" && k+1 < len(c.toks) && c.mention(k+1) != nil):
			return end // "… Institute in Washington", "… at the University"
		case laPreps.hasKey(x.key) && !x.cap && c.text[x.s:x.e] != "a":
			if k+1 >= len(c.toks) || !c.toks[k+1].word() {
				return end
			}
			k++
			lowerOK, prep = fr, true
			continue
		case fr && frAuxiliaries[c.text[x.s:x.e]]:
			return end // "Cour suprême a rejeté …": the verb ends the name
		case laArticles.hasKey(x.key) && !x.cap:
			k++
			continue
		case laAnd.hasKey(x.key):
			// "Ministry of Planning and Economic Development", but not
			// "… Front and Abdelaali Hassani …"
			if prep && k+1 < len(c.toks) && (c.toks[k+1].cap || laPreps.hasKey(c.toks[k+1].key)) && !c.personAhead(k+1) {
				k++
				afterAnd = !c.acronymSoon(k) // "… de la statistique et de la démographie (ANSD)"
				continue
			}
			return end
		}
		if fr && lowerOK && !prep && k == h+1 && !x.cap && k+2 < len(c.toks) && laPreps.hasKey(c.toks[k+1].key) && c.capAfterArticles(k+2) {
			k++ // "ministère burkinabè de la Santé": an adjective before the complement
			end = k
			continue
		}
		if c.isStop(k) || c.startsName(k) {
			break
		}
		if x.cap || x.upper {
			k++
			end = k
			lowerOK = false // "ministère de l’Intérieur précise …"
			named = named || prep
			continue
		}
		if fr && (frOrgAdjectives.has(x) || c.countryish(k)) {
			k++ // "Affaires étrangères", "Protection civile algérienne"
			end = k
			continue
		}
		if fr && k+1 < len(c.toks) && c.toks[k+1].s == x.e+1 && c.text[x.e] == '-' && c.toks[k+1].word() &&
			(c.countryish(k+1) || frAdjective(c.text[c.toks[k+1].s:c.toks[k+1].e])) {
			k += 2 // "maroco-mauritanienne", "algéro-tunisien": a pair of demonyms
			end = k
			continue
		}
		if lowerOK && !afterAnd && !named && !c.isStop(k) && (prep || frAdjective(c.text[x.s:x.e])) {
			if _, ok := c.title(k, kindOffice); ok {
				break
			}
			k++
			end = k
			continue
		}
		break
	}
	return end
}

// acronymSoon reports a bracketed acronym within a few words from k: the
// words before it still belong to the name it abbreviates.
func (c *context) acronymSoon(k int) bool {
	for x := k; x < len(c.toks) && x < k+6; x++ {
		t := &c.toks[x]
		if t.p == '(' {
			return x+1 < len(c.toks) && c.toks[x+1].acr
		}
		if !t.word() || t.cap {
			return false
		}
	}
	return false
}

// capAfterArticles reports a capitalized word at k, after any articles.
func (c *context) capAfterArticles(k int) bool {
	for k < len(c.toks) && c.toks[k].word() && laArticles.has(&c.toks[k]) && !c.toks[k].cap {
		k++
	}
	return k < len(c.toks) && c.toks[k].word() && c.toks[k].cap
}

// frAuxiliaries are verb forms that end a French body's name.
var frAuxiliaries = map[string]bool{"a": true, "ont": true, "est": true, "sont": true, "avait": true, "avaient": true, "va": true, "vont": true}

// frAdjective reports a lower-case French word shaped like an adjective
// ("constitutionnelle", "régional", "électorale"), which may follow a
// body's head; a finite verb ("valide", "proclame") may not.
func frAdjective(w string) bool {
	for _, suf := range []string{"elle", "elles", "el", "els", "ale", "ales", "al", "aux", "ique", "iques", "ier", "iers", "ière", "ières",
		"ien", "iens", "ienne", "iennes", "aire", "aires", "éen", "éens", "éenne", "éennes", "if", "ifs", "ive", "ives", "eur", "eure", "ain", "aine", "ois", "oise", "é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personAhead reports a capitalized run at k followed by a comma and an
// office: "… and Evgeniy Kiselev, Deputy Minister of …" names a person.
func (c *context) personAhead(k int) bool {
	e := k
	for e < len(c.toks) && e-k < 5 && c.toks[e].word() && (c.toks[e].cap || c.toks[e].upper || laParticles.hasKey(c.toks[e].key)) {
		e++
	}
	if e == k || e >= len(c.toks) || !c.toks[e].isComma() {
		return false
	}
	for x := e + 1; x < len(c.toks) && x <= e+3; x++ {
		if _, ok := c.title(x, kindOffice); ok {
			return true
		}
	}
	return false
}

// orgResult lists the organizations that take part, one per body, with a
// second entry for an acronym the text also uses on its own, as gold
// annotations list both.
func (c *context) orgResult() []Organization {
	// role token ranges of the people found
	c.ints = scratch(c.ints, len(c.toks)) // token -> 1 + offset inside a role (negated for a role without a name), 0 when none
	inRole := c.ints
	for _, p := range c.people {
		for k := p.rs; k < p.re; k++ {
			inRole[k] = k - p.rs + 1
		}
	}
	for _, r := range c.unnamedRoles {
		for k := r[0]; k < r[1]; k++ {
			inRole[k] = -(k - r[0] + 1) // negative: a role without a name
		}
	}
	out := c.orgOut[:0]
	type body struct {
		entry     *OrgEntry
		keys      []string
		full, acr bool
		latin     bool // a Latin-script name
		i, j      int  // the tokens of its first mention
	}
	c.keyBuf = c.keyBuf[:0]
	var bodyBuf [16]body // the bodies of an article, on the stack when few
	bodies := bodyBuf[:0]
	seatText, projectText := c.occurs(seatWords), c.occurs(projectRoleWords) // rare words: most texts skip two rules
	for _, h := range c.orgs {
		if h.blocked {
			continue
		}
		r := inRole[h.i]
		unnamed := r < 0 // "ودعا الأمين العام للأمم المتحدة": an office without its holder's name
		if unnamed {
			r = -r
		}
		if r == 0 && c.officeBeside(h) {
			r = 1 // "رئيس مجلس الوزراء" named without a person
		}
		if r > 0 {
			// a person's employer counts when it is named early in the role
			// and is not the government the person merely sits in; a body
			// that only qualifies the office ("UN Secretary General") must
			// also act on its own somewhere in the text
			lexOK := h.entry != nil && r <= 8 && h.entry.Kind != "gov" && h.entry.Kind != "parliament" &&
				(!c.qualifiesOffice(h) && !(unnamed && c.officeRightBefore(h)) || c.actsAlone(h.entry, inRole) || c.framed(h.i))
			if !h.head && !lexOK && !h.company && !(h.entry == nil && r <= 8 && (c.companyAt(h) || agencyHeads.has(&c.toks[h.i]))) && !c.signingUnit(h, r) {
				continue
			}
		}
		if c.inQuote(h.i) && !c.bilateralBody(h) || c.seatsIn(h) || c.elected(h) || seatText && c.pastResult(h) || c.wingStem(h) {
			continue
		}
		if c.formerBody(h) || c.insideUnit(h) || c.protocolOffice(h) || c.topicBody(h) || c.projectName(h) || projectText && c.projectRole(h) || c.boardOf(h) {
			continue
		}
		keys := c.bareKeys(c.toks[h.i:h.j])
		unit := h.entry == nil && unitHeads.has(&c.toks[h.i]) // "الأمانة العامة لمجلس الوزراء" is not the council
		latin := !c.toks[h.i].ar
		var b *body
		for di := range bodies {
			d := &bodies[di]
			if unit && len(d.keys) > 0 && len(keys) > 0 && d.keys[0] != keys[0] {
				continue
			}
			if h.entry == nil && latin && d.latin {
				// two Latin names sharing most words are one body ("Ministry
				// of Finance and Planning"), unless each has a capitalized
				// word of its own ("Balochistan National Party", "Awami
				// National Party") or one adds a letter ("Muslim League-F")
				if (overlapKeys(keys, d.keys) || subsetKeys(d.keys, keys)) && c.sameLatinBody(h.i, h.j, d.i, d.j) {
					b = d
					break
				}
				continue
			}
			if h.entry != nil && d.entry == h.entry ||
				h.entry == nil && (overlapKeys(keys, d.keys) || d.entry == nil && subsetKeys(d.keys, keys)) {
				b = d
				break
			}
		}
		isAcr := c.acronymForm(h) && !c.nameInCapitals(h) // "TOYOTA" is Toyota, "UNICEF" an acronym
		if b == nil {
			bodies = append(bodies, body{entry: h.entry, keys: keys, latin: latin, i: h.i, j: h.j})
			b = &bodies[len(bodies)-1]
		}
		if isAcr && !b.acr || !isAcr && !b.full {
			o := c.orgOf(h)
			if isAcr {
				o.Acronym = o.Text
				b.acr = true
			} else {
				b.full = true
			}
			out = append(out, o)
		}
		if h.aj > h.ai && (c.toks[h.ai].acr || h.aj-h.ai == 1 && c.toks[h.ai].ar) && !b.acr {
			// "African Development Bank (AfDB)", "… «يونيسف»": both forms
			ao := c.orgOf(orgHit{i: h.ai, j: h.aj, entry: h.entry})
			ao.Acronym = ao.Text
			out = append(out, ao)
			b.acr = true
		}
	}
	// in text order (an insertion sort: an article names few bodies)
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].Start < out[b-1].Start; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	res := slices.Clone(out) // exactly as long as the result
	if res == nil {
		res = []Organization{}
	}
	clear(out) // the pool keeps no text alive
	c.orgOut = out[:0]
	return res
}

// officeBeside reports an office title right before a body ("رئيس مجلس
// الوزراء") or a body that qualifies the office after it ("UN Secretary
// General"): the body then only names the office.
func (c *context) officeBeside(h orgHit) bool {
	for b := max(0, h.i-3); b < h.i; b++ {
		if m := c.titleAt[b]; m.ph != nil && m.ph.kind == kindOffice && m.j == h.i && h.pre == 0 {
			return true
		}
	}
	return c.qualifiesOffice(h)
}

// officeRightBefore reports an office title ending right before the body,
// with or without a proclitic on it: "الأمين العام لمنظمة …".
func (c *context) officeRightBefore(h orgHit) bool {
	for b := max(0, h.i-3); b < h.i; b++ {
		if m := c.titleAt[b]; m.ph != nil && m.ph.kind == kindOffice && m.j == h.i {
			return true
		}
	}
	return false
}

// qualifiesOffice reports a Latin-script body right before an office.
func (c *context) qualifiesOffice(h orgHit) bool {
	if h.j >= len(c.toks) || c.toks[h.i].ar {
		return false
	}
	m := c.titleAt[h.j]
	return m.ph != nil && m.ph.kind == kindOffice
}

// framed reports a participation word (signed, attended, …) in the
// sentence of token k: "IMF Managing Director X signed" names the IMF as a
// party, "UN Secretary General X said" does not.
func (c *context) framed(k int) bool {
	for x := c.sentenceStart(k); x < len(c.toks); x++ {
		t := &c.toks[x]
		if x > k && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟' || t.nl) {
			break
		}
		if participation.has(t) {
			return true
		}
	}
	return false
}

// actsAlone reports a mention of lexicon body e outside every role.
func (c *context) actsAlone(e *OrgEntry, inRole []int) bool {
	for _, h := range c.orgs {
		if h.entry == e && inRole[h.i] == 0 && !c.officeBeside(h) {
			return true
		}
	}
	return false
}

// overlapKeys reports that at least half of a's words are in b, one of
// them besides the head: "وزارة الصحة" and "وزارة المالية" are two bodies.
func overlapKeys(a, b []string) bool {
	n, past := 0, false
	for i, x := range a {
		for j, y := range b {
			if x == y {
				n++
				past = past || i > 0 || j > 0
				break
			}
		}
	}
	return len(a) > 0 && 2*n >= len(a) && (past || len(a) == 1)
}

// orgOf builds the output item of a hit.
func (c *context) orgOf(h orgHit) Organization {
	sp := c.span(h.i, h.j, h.pre, 0.7)
	o := Organization{Span: sp, Name: sp.Text}
	if h.entry != nil {
		o.Name = h.entry.Name
		o.Acronym = h.entry.Acronym
		o.Confidence = 0.9
	}
	if h.aj > h.ai {
		o.Acronym = c.textOf(h.ai, h.aj)
	}
	return o
}

// wingStem reports a bare acronym found by pattern whose wings are named
// in the text too ("PML" beside "PML-N" and "PML-Q"): alone it names no
// one party.
func (c *context) wingStem(h orgHit) bool {
	if h.entry != nil || h.j-h.i != 1 || !c.toks[h.i].acr {
		return false
	}
	key := c.toks[h.i].key
	for _, o := range c.orgs {
		if o.j-o.i >= 2 && o.i != h.i && c.toks[o.i].key == key && c.toks[o.i].acr && c.toks[o.i+1].s == c.toks[o.i].e+1 {
			return true
		}
	}
	return false
}

// bilateralBody reports a body found by pattern whose name holds two
// countries or demonyms ("المجلس التنسيقي الأردني – الكويتي", "la Commission
// mixte tuniso-nigérienne"): a joint body is the subject of the meeting
// even when a quoted statement names it.
func (c *context) bilateralBody(h orgHit) bool {
	if h.entry != nil {
		return false
	}
	n := 0
	for k := h.i + 1; k < h.j; k++ {
		if c.countryish(k) && (k == h.i+1 || c.mentAt[k] != c.mentAt[k-1]) {
			n++
		}
	}
	return n >= 2
}

// inQuote reports a token inside a long quotation, a speaker's words
// rather than the report's participants.
func (c *context) inQuote(i int) bool {
	if len(c.quoted) != len(c.toks) {
		c.quoted = scratch(c.quoted, len(c.toks))
		open := -1
		for k := range c.toks {
			t := &c.toks[k]
			if t.nl {
				open = -1
			}
			switch t.p {
			case '“', '«':
				open = k
			case '"':
				if open < 0 {
					open = k
					continue
				}
				fallthrough
			case '”', '»':
				if open >= 0 && k-open > 8 {
					for x := open; x < k; x++ {
						c.quoted[x] = true
					}
				}
				open = -1
			}
		}
	}
	return c.quoted[i]
}

// bareKeys returns the folded words of tokens without Arabic proclitics or
// article, for comparing two spellings of a body. The slice lives in
// c.keyBuf until the next call of orgResult.
func (c *context) bareKeys(ts []tok) []string {
	start := len(c.keyBuf)
	out := c.keyBuf
	for i := range ts {
		if !ts[i].word() {
			continue
		}
		k := ts[i].key
		if ts[i].ar {
			k = bareKey(k)
		}
		out = append(out, k)
	}
	c.keyBuf = out
	return out[start:len(out):len(out)]
}

// bareKey returns an Arabic key without its proclitic and article: the
// first of "وال", "بال", "فال", "كال", "لل", "ال", "و" it starts with, when
// more than two letters remain.
func bareKey(k string) string {
	if len(k) < 2 {
		return k
	}
	if strings.HasPrefix(k[2:], alefLam) && (strings.HasPrefix(k, waw) || strings.HasPrefix(k, ba) || strings.HasPrefix(k, fa) || strings.HasPrefix(k, kaf)) {
		if len(k) > 6+4 {
			return k[6:]
		}
	}
	switch {
	case strings.HasPrefix(k, "لل") && len(k) > 4+4, strings.HasPrefix(k, alefLam) && len(k) > 4+4:
		return k[4:]
	case strings.HasPrefix(k, waw) && len(k) > 2+4:
		return k[2:]
	}
	return k
}

// sameLatinBody reports that two Latin-script names sharing words, tokens
// [ai, aj) and [bi, bj), may name one body: not both have a capitalized
// word of their own, and neither adds a single letter.
func (c *context) sameLatinBody(ai, aj, bi, bj int) bool {
	ownA, letter := c.ownWords(ai, aj, bi, bj)
	if letter {
		return false
	}
	ownB, letter := c.ownWords(bi, bj, ai, aj)
	return !letter && !(ownA && ownB)
}

// ownWords reports a capitalized word of [ai, aj) missing from [bi, bj),
// and a single letter missing from it.
func (c *context) ownWords(ai, aj, bi, bj int) (capital, letter bool) {
	for k := ai; k < aj; k++ {
		t := &c.toks[k]
		if !t.word() || !(t.cap || t.upper) {
			continue
		}
		found := false
		for x := bi; x < bj && !found; x++ {
			found = c.toks[x].word() && c.toks[x].key == t.key
		}
		if !found {
			capital = true
			letter = letter || len(t.key) == 1
		}
	}
	return capital, letter
}

// nameInCapitals reports a lexicon body's name written in capitals when
// the name is no acronym: "TOYOTA" for Toyota.
func (c *context) nameInCapitals(h orgHit) bool {
	if h.entry == nil || strings.ToUpper(h.entry.Name) == h.entry.Name {
		return false
	}
	return strings.EqualFold(c.textOf(h.i, h.j), h.entry.Name)
}

// acronymForm reports a Latin-script hit written as an acronym: one word
// in capitals ("UNICEF"), dotted capitals ("U.N.") or capitals joined by a
// hyphen ("PML-N").
func (c *context) acronymForm(h orgHit) bool {
	if c.toks[h.i].ar {
		return false
	}
	if h.j-h.i == 1 {
		return c.toks[h.i].acr
	}
	for k := h.i; k < h.j; k++ {
		t := &c.toks[k]
		if t.word() && !(t.upper || t.cap && len(t.key) == 1) || !t.word() && t.p != '.' {
			return false
		}
		if k > h.i && t.s > c.toks[k-1].e+1 {
			return false // "PML-N", "U.N.": written without spaces
		}
	}
	return true
}

// subsetKeys reports every word of a in b.
func subsetKeys(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// frFunctionWords are French articles and prepositions: written in
// capitals they are part of a heading ("AU TITRE DE"), never an acronym.
var frFunctionWords = newWordSet(`au aux de du des la le les et en un une sur par pour`)

// capsWord reports an all-capitals word at k that is no acronym: a French
// function word in a French text, or a word of two letters inside a run of
// capitals (a heading) next to a longer all-capitals word that names no body.
func (c *context) capsWord(k int) bool {
	t := &c.toks[k]
	if !t.upper {
		return false
	}
	if c.lang == "fr" && t.self&frFunctionWords.bit != 0 {
		return true
	}
	if len(t.key) > 2 {
		return false
	}
	caps := func(x int) bool {
		return x >= 0 && x < len(c.toks) && c.toks[x].upper && len(c.toks[x].key) > 2 && c.orgAt[x].ph == nil
	}
	return caps(k-1) || caps(k+1)
}

// venueHeads and venueWords make a venue: a building named like a body
// ("Palais des congrès", "Centre international des conférences", "مركز
// المؤتمرات") hosts a meeting and takes no part in it.
var (
	venueHeads = newWordSet(`Centre Center Palais Palace Hall Salle Arena Amphitheatre Amphitheater Stadium مركز المركز قصر قاعة`)
	venueWords = newWordSet(`congrès conférences conference conferences convention conventions exhibition exhibitions
		expositions exposition music arts sports performing events المؤتمرات للمؤتمرات المعارض للمعارض`)
)

// venue reports a pattern body holding a venue word and a word naming
// meetings or exhibitions ("Marlow Convention Center").
func (c *context) venue(h orgHit) bool {
	if h.entry != nil {
		return false
	}
	head, what := false, false
	for k := h.i; k < h.j; k++ {
		head = head || venueHeads.has(&c.toks[k])
		what = what || venueWords.has(&c.toks[k])
	}
	return head && what
}

// dashes join the two demonyms of a bilateral body.
var dashes = map[rune]bool{'-': true, '–': true, '—': true}

// foundedHeads open bodies named after a person: "دارة الملك سلمان",
// "مركز الأمير نايف للبحوث", "مؤسسة سعيد بن زايد للثقافة".
var foundedHeads = newWordSet(`دارة مركز مؤسسة معهد`)

// founderEnd returns the end of a founder's name at k: an optional rank or
// office title, then given names joined by particles; k when none.
func (c *context) founderEnd(k int) int {
	if m, ok := c.title(k, 0); ok && m.ph.kind != kindMod {
		k = m.j
	}
	e := k
	for e < len(c.toks) && e-k < 5 && c.toks[e].word() && c.toks[e].ar {
		if _, g := c.given(e); g && !hasAl(c.toks[e].key) {
			e++
			continue
		}
		if arParticles.has(&c.toks[e]) && e+1 < len(c.toks) && c.toks[e+1].word() && c.toks[e+1].ar && !hasAl(c.toks[e+1].key) {
			e += 2
			continue
		}
		break
	}
	if e == k || e > k && c.isStop(e-1) {
		return k
	}
	return e
}

// arAdjShaped reports a definite Arabic word shaped like an adjective: a
// nisba or feminine ending ("الجوي", "الجوية", "المتحدة"), a sound plural
// ("الدوليين"), or the أفعل/فعلى forms ("الأحمر", "الأعلى", "الكبرى").
func arAdjShaped(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ال")
	r := []rune(w)
	if len(r) < 3 {
		return false
	}
	switch r[len(r)-1] {
	case 'ي', 'ة', 'ه':
		return true
	case 'ن':
		return r[len(r)-2] == 'ي' || r[len(r)-2] == 'و'
	}
	if r[0] == 'أ' && len(r) >= 4 {
		return true // "الأحمر", "الأعلى"
	}
	switch w {
	case "كبرى", "عظمى", "وسطى", "عليا", "دنيا", "أولى", "أخرى", "صغرى", "قصوى":
		return true
	}
	return false
}

// cabinet reports the French cabinet written in lower case, "le conseil
// des ministres" or "le conseil de gouvernement": the body that adopts a
// text, named by its fixed complement.
func (c *context) cabinet(i int) bool {
	if c.toks[i].key != "conseil" || i+2 >= len(c.toks) {
		return false
	}
	a, b := c.toks[i+1].key, c.toks[i+2].key
	return a == "des" && b == "ministres" || a == "de" && b == "gouvernement"
}

// electWords name the vote that fills a body: the body after them is what
// is elected ("elected a new National Assembly", "élections à l'Assemblée
// nationale", "انتخابات مجلس النواب"), not a participant.
var electWords = newWordSet(`elect elected elects electing election elections élire élit élu élue élus élection
	élections législatives انتخاب لانتخاب انتخابات الانتخابات`)

// electFillers may stand between an election word and the body.
var electFillers = newWordSet(`a an the new to for of la le les l une un nouvelle nouveau nouveaux à au aux de du des pour
	في ل`)

// votedFor follow the name of the body a vote fills: "National Assembly
// elections", "Provincial Assembly seats", "the Senate race".
var votedFor = newPlainSet(`election elections polls poll seats seat constituency constituencies race`)

// assemblyWords end the name of an elected assembly.
var assemblyWords = newPlainSet(`Assembly Parliament Senate Assemblée Parlement Sénat`)

// elected reports a body right after an election word, or right before a
// word naming its vote or seats.
func (c *context) elected(h orgHit) bool {
	if h.entry != nil && h.entry.Kind != "parliament" && h.entry.Kind != "gov" {
		return false
	}
	if !c.toks[h.i].ar && h.aj == h.ai {
		if h.j < len(c.toks) && c.toks[h.j].word() && votedFor.has(&c.toks[h.j]) {
			return true
		}
		// in a text of seats won, an assembly is the one the vote fills
		if (h.entry != nil && h.entry.Kind == "parliament" || h.entry == nil && assemblyWords.has(&c.toks[h.j-1])) && c.seatCounts() {
			return true
		}
	}
	for k := h.i - 1; k >= 0 && k >= h.i-4; k-- {
		t := &c.toks[k]
		if !t.word() {
			return false
		}
		if electWords.has(t) {
			return true
		}
		if !electFillers.has(t) {
			return false
		}
	}
	return false
}

// unitHeads open the secretariat of another body, an institution of its
// own ("الأمانة العامة لمجلس الوزراء", "the Secretariat of the Council");
// a local office ("مكتب البنك … بالرباط") still stands for its body.
var unitHeads = newWordSet(`أمانة الأمانة Secretariat Secrétariat`)

// formerWords mark a body that no longer acts: "الحكومة المستقيلة", "the
// outgoing government", "l'ancien gouvernement".
var formerWords = newWordSet(`المستقيلة المستقيل المنحلة المنحل المقالة السابقة outgoing former previous defunct
	ancien ancienne sortant sortante démissionnaire dissous dissoute`)

// formerBody reports a body with a former-word right before or after it.
func (c *context) formerBody(h orgHit) bool {
	for _, k := range [2]int{h.j - 1, h.j} { // the word closing the name or right after it
		if k > h.i && k < len(c.toks) && c.toks[k].ar && formerWords.has(&c.toks[k]) {
			return true
		}
	}
	k := h.i - 1
	for k >= 0 && c.toks[k].word() && laArticles.has(&c.toks[k]) && !c.toks[k].ar {
		k--
	}
	return k >= 0 && !c.toks[k].ar && formerWords.has(&c.toks[k]) && k < h.i
}

// insideUnit reports a body named only as the parent of an administrative
// unit ("… لمجلس الوزراء" in "الأمانة العامة لمجلس الوزراء"): the unit acts,
// its parent is listed only where it is named on its own.
func (c *context) insideUnit(h orgHit) bool {
	for _, u := range c.orgs {
		if u.entry == nil && u.i < h.i && h.j <= u.j && unitHeads.has(&c.toks[u.i]) {
			return true
		}
	}
	return false
}

// signingUnit reports a Latin-script body given with its bracketed
// acronym early in a person's role (r is the 1-based offset of its first
// token there), in a sentence where someone signs or attends: "The
// secretary of the Rural Finance Division (RFD), X, signed" names the
// division as a party. Without the acronym ("Ruritania's Rural Finance
// Division") the body only describes the office.
func (c *context) signingUnit(h orgHit, r int) bool {
	if h.entry != nil || r > 8 || c.toks[h.i].ar || h.aj == h.ai || !c.toks[h.ai].acr {
		return false
	}
	return c.framed(h.i)
}

// palaceHeads open a palace or court office ("الديوان الرئاسي", "الديوان
// الملكي"), and protocolWords mark a sentence about ceremony.
var (
	palaceHeads   = newPlainSet(`الديوان ديوان`)
	protocolWords = newPlainSet(`مراسم مراسيم البروتوكول بروتوكول التشريفات المراسم`)
)

// protocolOffice reports a palace office named in a sentence about
// ceremony: it arranges the reception and takes no part in the talks.
func (c *context) protocolOffice(h orgHit) bool {
	if !c.toks[h.i].ar || c.procliticIn(h.i, palaceHeads) < 0 {
		return false
	}
	for k := c.sentenceStart(h.i); k < len(c.toks); k++ {
		t := &c.toks[k]
		if k > h.i && (t.p == '.' || t.p == '!' || t.p == '؟' || t.nl) {
			break
		}
		if t.ar && c.procliticIn(k, protocolWords) >= 0 {
			return true
		}
	}
	return false
}

// pastResult reports a party (from the lexicon or by pattern) in a text
// with seat words, in a sentence giving seats won in an earlier year than the publication's: "In
// the 2018 elections, the X alliance won 54 seats" is background to the
// vote reported.
func (c *context) pastResult(h orgHit) bool {
	if c.doc.Published.IsZero() || h.entry != nil && h.entry.Kind != "party" {
		return false
	}
	seats, past := false, false
	pub := c.doc.Published.Year()
	start := c.sentenceStart(h.i)
	for k := start; k < len(c.toks); k++ {
		t := &c.toks[k]
		if k > h.i && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟' || t.nl) {
			break
		}
		seats = seats || t.word() && seatWords.has(t)
		if t.num && t.e-t.s == 4 && c.electionNear(k, start) {
			if y, err := strconv.Atoi(c.text[t.s:t.e]); err == nil && y >= 1950 && y < pub {
				past = true
			}
		}
	}
	return seats && past
}

// seatCounts reports a count of seats in the text ("won 40 seats", "41
// sièges", "27 مقعدا"): a text of election results.
func (c *context) seatCounts() bool {
	if !c.occurs(seatWords) {
		return false
	}
	for k := 1; k < len(c.toks); k++ {
		if c.toks[k].word() && seatWords.has(&c.toks[k]) && (c.toks[k-1].num || numberWords.has(&c.toks[k-1])) {
			return true
		}
	}
	return false
}

// electionNear reports an election word within three words of token k
// ("the 2018 parliamentary elections", "انتخابات 2018"), not before start.
func (c *context) electionNear(k, start int) bool {
	for x := max(start, k-3); x < len(c.toks) && x <= k+3; x++ {
		if x != k && c.toks[x].word() && electWords.has(&c.toks[x]) {
			return true
		}
	}
	return false
}

// boardOf reports a council found by pattern that is the board of a
// lexicon body named right after it: "مجلس المحافظين في الوكالة الدولية
// للطاقة الذرية", "le Conseil d’administration de la Banque …" is the
// body acting, listed once.
func (c *context) boardOf(h orgHit) bool {
	if h.entry != nil || h.j+1 >= len(c.toks) {
		return false
	}
	if !c.toks[h.i].ar {
		// "le Conseil d’administration de la Banque …"
		if !boardHeads.has(&c.toks[h.i]) {
			return false
		}
		k := h.j
		for k < len(c.toks) && k < h.j+3 && c.toks[k].word() && (laPreps.has(&c.toks[k]) || laArticles.has(&c.toks[k])) {
			k++
		}
		return k > h.j && k < len(c.toks) && c.orgAt[k].ph != nil
	}
	return c.toks[h.j].key == "في" && c.orgAt[h.j+1].ph != nil && c.procliticIn(h.i, boardHeads) >= 0
}

// boardHeads open the board of another body.
var boardHeads = newPlainSet(`مجلس Conseil Board`)

// projectWords follow a body's name inside the name of a project: "the
// Coastal Power Company (CPC) Project".
var projectWords = newPlainSet(`Project Projects Programme Program Projet`)

// projectName reports a Latin-script name, with its bracketed acronym if
// any, followed by a capitalized project word.
func (c *context) projectName(h orgHit) bool {
	if c.toks[h.i].ar {
		return false
	}
	k := max(h.j, h.aj)
	if k < len(c.toks) && !c.toks[k].word() && c.toks[k].p == ')' {
		k++
	}
	return k < len(c.toks) && c.toks[k].word() && c.toks[k].cap && projectWords.has(&c.toks[k])
}

// projectRoleWords name what a body will be for a financed project, and
// projectRoleNouns the noun they qualify: "X will act as the executing
// agency", "الجهة المنفذة", "l’agence d’exécution". The body is not a party
// to the agreement.
var (
	projectRoleWords = newPlainSet(`executing implementing المنفذة exécution`)
	projectRoleNouns = newPlainSet(`agency agencies entity partner partners body unit الجهة الوكالة جهة agence organe`)
)

// projectRole reports a body, in a text with a project role word,
// followed in its sentence, before any other body, by a project role: "the Rural Roads Board is to be the executing
// agency of the project".
func (c *context) projectRole(h orgHit) bool {
	for k := h.i + 1; k < len(c.toks) && k < h.j+12; k++ { // "الهيئة … الجهة المنفذة" may run into the name
		t := &c.toks[k]
		if t.p == '.' || t.p == ';' || t.p == '؛' || t.nl || c.inOrg[k] && k >= max(h.j, h.aj) {
			return false
		}
		if !t.word() || !projectRoleWords.has(t) {
			continue
		}
		if t.ar || t.key == "execution" { // the noun before: "الجهة المنفذة", "agence d’exécution"
			b := k - 1
			if b > 0 && c.toks[b].key == "d" {
				b--
			}
			if projectRoleNouns.has(&c.toks[b]) {
				return true
			}
		} else if k+1 < len(c.toks) && projectRoleNouns.has(&c.toks[k+1]) {
			return true // "executing agency"
		}
	}
	return false
}

// frameNouns name a text or a frame of a body rather than the body acting:
// "قرارات مجلس الأمن", "في إطار منظمة التعاون الإسلامي", "the UN Charter",
// "the resolutions of the Security Council", "la Charte des Nations unies".
var (
	arFrameNouns = newPlainSet(`قرار قرارات لقرار لقرارات بقرار بقرارات وقرارات إطار اطار بإطار وإطار ميثاق لميثاق بميثاق
		وميثاق عضوية لعضوية بعضوية أجندة اجندة مبادئ لمبادئ مقررات لمقررات توصيات لتوصيات`)
	laFrameNouns = newPlainSet(`resolution resolutions charter framework membership agenda résolution résolutions charte cadre`)
)

// frameOf reports a body named as the frame or author of a text: an
// Arabic frame noun right before it (with its proclitics), a Latin one
// before "of"/"de" and articles, or "resolution(s)"/"Charter" right after.
func (c *context) frameOf(h orgHit) bool {
	if h.i == 0 {
		return false
	}
	if c.toks[h.i].ar {
		if h.pre == 0 && c.toks[h.i-1].ar && arFrameNouns.has(&c.toks[h.i-1]) {
			return true
		}
		// "عضو في منظمة التجارة العالمية": a membership
		return h.i >= 2 && c.toks[h.i-1].key == "في" && memberWords.has(&c.toks[h.i-2])
	}
	if h.j < len(c.toks) && c.toks[h.j].word() && laFrameNouns.has(&c.toks[h.j]) && (c.toks[h.j].key != "agenda" && c.toks[h.j].key != "membership") {
		return true // "the UN Charter", "Security Council resolution 2254"
	}
	k := h.i - 1
	for k >= 0 && c.toks[k].word() && laArticles.has(&c.toks[k]) {
		k--
	}
	if k >= 0 && c.toks[k].word() && c.toks[k].key == "within" {
		return true // "integration within the Customs Union"
	}
	if k < 1 || !c.toks[k].word() || !(c.toks[k].key == "of" || c.toks[k].key == "de" || c.toks[k].key == "du" || c.toks[k].key == "des") {
		return false
	}
	if c.toks[k-1].key == "sein" && k >= 2 && c.toks[k-2].key == "au" {
		return true // "au sein de l’Union africaine"
	}
	return c.toks[k-1].word() && (laFrameNouns.has(&c.toks[k-1]) || memberWords.has(&c.toks[k-1]))
}

// memberWords make the body after them one the subject belongs to: "a
// member of the WTO", "عضو في …", "membre de l’OMC".
var memberWords = newPlainSet(`عضو عضوا عضوة عضوية member membre`)

// topicCues end a phrase that makes what follows the subject of talks:
// "touched on", "discussed", "talks about", "discuté de".
var (
	topicVerbs = newPlainSet(`touched focused discussed reviewed talked evoked évoqué abordé discuté`)
	topicPreps = newPlainSet(`on upon about regarding concerning sur de`)
)

// topicBody reports a Latin-script body named only as a topic of talks
// ("the talks touched on the Union State of …", "they discussed the
// Customs Bloc"): it is background unless named elsewhere as acting.
func (c *context) topicBody(h orgHit) bool {
	if h.entry != nil && h.entry.Kind == "company" {
		return false
	}
	if c.frameOf(h) {
		return true
	}
	if c.toks[h.i].ar {
		return false
	}
	k := h.i - 1
	for k >= 0 && c.toks[k].word() && laArticles.has(&c.toks[k]) {
		k--
	}
	if k < 0 || !c.toks[k].word() {
		return false
	}
	if topicVerbs.has(&c.toks[k]) {
		return true
	}
	if k > 0 && topicPreps.has(&c.toks[k]) && topicVerbs.has(&c.toks[k-1]) {
		return true
	}
	return c.toks[k].key == "regarding" || c.toks[k].key == "concerning"
}
