package lang

import (
	"fmt"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"arabic", "أعلنت وزارة الصحة يوم الخميس عن افتتاح مستشفى جديد في مدينة الرياض بسعة مئتي سرير.", "ar"},
		{"arabic with diacritics and tatweel", "قـــال الرئيسُ إنَّ الاتفاقَ سيُوقَّع في القاهرة الأسبوع المقبل.", "ar"},
		{"english", "The ministry said on Thursday that the talks with the union would resume next week in Geneva.", "en"},
		{"french", "Le ministre a annoncé jeudi que les négociations avec les syndicats reprendront la semaine prochaine à Genève.", "fr"},
		{"french elisions", "L'armée d'un pays qu'il connaît n'a jamais été aussi présente dans l'histoire de la région.", "fr"},
		{"arabic body, english boilerplate",
			"Home | World | Sports | Subscribe to our newsletter | Privacy Policy | Cookies\n" +
				"قال وزير الخارجية في مؤتمر صحفي عقده في عمان إن بلاده ستواصل جهودها الدبلوماسية لوقف إطلاق النار، " +
				"مشيرا إلى أن الاجتماع المقبل سيعقد في الدوحة بمشاركة ممثلين عن الأمم المتحدة والجامعة العربية.\n" +
				"© 2026 All rights reserved", "ar"},
		{"short arabic body under long english furniture",
			"Home | World | Business | Sports | Technology | Subscribe to our newsletter for the latest updates | Privacy Policy | Terms of Use\n" +
				"افتتحت البلدية اليوم حديقة عامة جديدة في حي الميناء.\n" +
				"Copyright 2026 Coastal Media Group", "ar"},
		{"french with arabic names",
			"Le prince héritier Mohammed ben Salmane (محمد بن سلمان) a reçu mardi à Riyad le président du Conseil " +
				"présidentiel libyen, Mohamed el-Menfi (محمد المنفي), pour des entretiens sur la situation dans la région.", "fr"},
		{"english with arabic quote",
			"The sign outside the school read \"مدرسة الأمل\" and the children said they were happy to be back in class after the war.", "en"},
		{"persian", "وزیر امور خارجه ایران گفت که گفتگوها با کشورهای همسایه ادامه پیدا می‌کند و نتیجه آن به زودی اعلام خواهد شد.", "und"},
		{"spanish", "Los manifestantes marcharon por las calles de Madrid para pedir mejores salarios y condiciones.", "und"},
		{"too short", "OK", "und"},
		{"digits only", "2026-06-08 12:30 +03:00 1234567890", "und"},
		{"empty", "", "und"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func ExampleDetect() {
	fmt.Println(Detect("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في جدة"))
	fmt.Println(Detect("The ministry said the new hospital in Jeddah would open in June."))
	fmt.Println(Detect("Le ministère a indiqué que le nouvel hôpital de Djeddah ouvrira en juin."))
	fmt.Println(Detect("12:30"))
	// Output:
	// ar
	// en
	// fr
	// und
}

func BenchmarkDetect(b *testing.B) {
	text := "Le ministre a annoncé jeudi que les négociations avec les syndicats reprendront la semaine prochaine. "
	for i := 0; i < 6; i++ {
		text += text
	}
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("أعلنت وزارة الصحة")
	f.Add("The talks resume")
	f.Add("Les négociations reprennent")
	f.Fuzz(func(t *testing.T, s string) {
		switch got := Detect(s); got {
		case "ar", "en", "fr", "und":
		default:
			t.Fatalf("Detect(%q) = %q", s, got)
		}
	})
}
