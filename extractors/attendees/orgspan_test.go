package attendees_test

import (
	"slices"
	"testing"
)

// TestBodySpans: an Arabic body by pattern stops before a place where it
// meets, takes no country that a preposition governs, and no word that
// does not agree with its head ("البنك المنعقدة") or only says it is new.
func TestBodySpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ترأس الشيخ محمد بن راشد اجتماع المجلس الأعلى للاتحاد في أبوظبي.", []string{"المجلس الأعلى للاتحاد"}},
		{"ووقعت بعثة الأمم المتحدة في العراق مذكرة تفاهم مع وزارة التخطيط.", []string{"بعثة الأمم المتحدة في العراق", "الأمم المتحدة", "وزارة التخطيط"}},
		{"وحضر التوقيع المدير العام للبنك بالمغرب كريم الفاسي.", []string{}},
		{"وعلى هامش اجتماعات البنك المنعقدة في مراكش، وقع الوزير الاتفاقية.", []string{}},
		{"وأعلن الصندوق الجديد عن برامجه.", []string{}},
		{"وأعلن المجلس الوطني لحقوق الإنسان تقريره السنوي.", []string{"المجلس الوطني لحقوق الإنسان"}},
		{"البنك الإسلامي للتنمية هو مؤسسة مالية تنموية متعددة الأطراف.", []string{"البنك الإسلامي للتنمية"}},
		{"وتستعد العاصمة لاحتضان لقاءات صندوق النقد والبنك الدوليين الربيعية.", []string{"صندوق النقد"}},
		{"ووقعت شركة ألتاكو الاتفاقية مع الوزارة.", []string{"شركة ألتاكو"}},
	}
	for _, tt := range tests {
		if got := orgs(extract(tt.text, "ar")); !slices.Equal(got, tt.want) {
			t.Errorf("orgs(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
