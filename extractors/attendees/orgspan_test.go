package attendees_test

import (
	"slices"
	"testing"
)

// TestBodySpans: an Arabic body by pattern stops before a place where it
// meets and takes no country that a preposition governs.
func TestBodySpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ترأس الشيخ محمد بن راشد اجتماع المجلس الأعلى للاتحاد في أبوظبي.", []string{"المجلس الأعلى للاتحاد"}},
		{"ووقعت بعثة الأمم المتحدة في العراق مذكرة تفاهم مع وزارة التخطيط.", []string{"بعثة الأمم المتحدة في العراق", "الأمم المتحدة", "وزارة التخطيط"}},
		{"وحضر التوقيع المدير العام للبنك بالمغرب كريم الفاسي.", []string{}},
	}
	for _, tt := range tests {
		if got := orgs(extract(tt.text, "ar")); !slices.Equal(got, tt.want) {
			t.Errorf("orgs(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
