package dates_test

import (
	"fmt"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/dates"
)

func ExampleExtractor_Extract() {
	text := "الرياض - انطلق اليوم الخميس 8 يونيو 2023 الاجتماع الوزاري، بعد وصول الوفود أمس، ويختتم أعماله يوم 19 ذو القعدة 1444 هـ."
	doc := extractors.NewDocument(text, "ar", time.Time{})
	res := dates.New().Extract(doc)
	for _, d := range res.Dates {
		fmt.Printf("%s %-8s %q [%d,%d)\n", d.Date, d.Kind, d.Text, d.Start, d.End)
	}
	fmt.Println("published:", res.Published, "event:", res.Event.Date)
	// Output:
	// 2023-06-08 absolute "اليوم الخميس 8 يونيو 2023" [15,40)
	// 2023-06-07 relative "أمس" [75,78)
	// 2023-06-08 hijri    "19 ذو القعدة 1444 هـ" [98,118)
	// published: 2023-06-08 event: 2023-06-08
}
