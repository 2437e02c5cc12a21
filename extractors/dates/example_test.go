package dates_test

import (
	"fmt"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/dates"
)

func ExampleExtractor_Extract() {
	text := "جدة - افتتح اليوم الأحد 11 يونيو 2023 المعرض الدولي، بعد وصول الوفود أمس، ويختتم أعماله يوم 27 ذو القعدة 1444 هـ."
	doc := extractors.NewDocument(text, "ar", time.Time{})
	res := dates.New().Extract(doc)
	for _, d := range res.Dates {
		fmt.Printf("%s %-8s %q [%d,%d)\n", d.Date, d.Kind, d.Text, d.Start, d.End)
	}
	fmt.Println("published:", res.Published, "event:", res.Event.Date)
	// Output:
	// 2023-06-11 absolute "اليوم الأحد 11 يونيو 2023" [12,37)
	// 2023-06-10 relative "أمس" [69,72)
	// 2023-06-16 hijri    "27 ذو القعدة 1444 هـ" [92,112)
	// published: 2023-06-11 event: 2023-06-11
}
