package figures

import "testing"

// French sentences written for these tests.
var frenchCases = []tcase{
	{"fr", "Le budget atteint 26,1 milliards d'euros cette année.", []w{money("26,1 milliards d'euros", 26.1e9, "EUR")}},
	{"fr", "La Banque mondiale a accordé 250 millions de dollars au pays.", []w{money("250 millions de dollars", 250e6, "USD")}},
	{"fr", "Au total, 7 milliards d’euros ont été levés.", []w{money("7 milliards d’euros", 7e9, "EUR")}},
	{"fr", "Le projet coûtera 1 234,5 millions de dirhams au Maroc.", []w{money("1 234,5 millions de dirhams", 1234.5e6, "MAD")}},
	{"fr", "Le prêt s'élève à 1.234.567 dinars tunisiens.", []w{money("1.234.567 dinars tunisiens", 1234567, "TND")}},
	{"fr", "L'Algérie a débloqué 3 milliards de dinars pour les sinistrés.", []w{money("3 milliards de dinars", 3e9, "DZD")}},
	{"fr", "Washington a promis 1,15 milliard de dollars américains.", []w{money("1,15 milliard de dollars américains", 1.15e9, "USD")}},
	{"fr", "Le contrat porte sur 40 millions de livres sterling.", []w{money("40 millions de livres sterling", 40e6, "GBP")}},
	{"fr", "Dakar a levé 200 milliards de francs CFA sur le marché.", []w{money("200 milliards de francs CFA", 200e9, "XOF")}},
	{"fr", "Le Cameroun a obtenu 50 milliards de francs CFA.", []w{money("50 milliards de francs CFA", 50e9, "XAF")}},
	{"fr", "L'enveloppe est de 130 M€ pour la région.", []w{money("130 M€", 130e6, "EUR")}},
	{"fr", "Le plan prévoit 5 000 € par famille.", []w{money("5 000 €", 5000, "EUR")}},
	{"fr", "Le gouvernement a mobilisé 12 MMDH pour le programme au Maroc.", []w{money("12 MMDH", 12e9, "MAD")}},
	{"fr", "Une enveloppe de 300 MDH a été débloquée.", []w{money("300 MDH", 300e6, "MAD")}},
	{"fr", "Les États-Unis ont promis 1,15 milliard de dollars. Cette somme s'ajoute aux 2,8 milliards promis l'an dernier.", []w{money("1,15 milliard de dollars", 1.15e9, "USD"), money("2,8 milliards", 2.8e9, "USD")}},
	{"fr", "La croissance devrait atteindre 3,3 % en 2024.", []w{pct("3,3 %", 3.3)}},
	{"fr", "Le taux de participation s'élève à 28,8%.", []w{pct("28,8%", 28.8)}},
	{"fr", "Le chômage a reculé de 2 pour cent.", []w{pct("2 pour cent", 2)}},
	{"fr", "Le candidat a obtenu 2.438.954 voix, soit 90,69%.", []w{count("2.438.954 voix", 2438954, "votes"), pct("90,69%", 90.69)}},
	{"fr", "Plus de 55.000 morts ont été recensés.", []w{approx(count("55.000 morts", 55000, "dead"))}},
	{"fr", "Les deux pays ont signé cinq accords de coopération.", []w{count("deux pays", 2, "countries"), count("cinq accords", 5, "agreements")}},
	{"fr", "Vingt et un pays ont participé au sommet.", []w{count("Vingt et un pays", 21, "countries")}},
	{"fr", "Soixante-dix personnes ont été évacuées.", []w{count("Soixante-dix personnes", 70, "people")}},
	{"fr", "Quatre-vingt-dix députés ont voté pour.", []w{count("Quatre-vingt-dix députés", 90, "MPs")}},
	{"fr", "Mille personnes ont manifesté devant le parlement.", []w{count("Mille personnes", 1000, "people")}},
	{"fr", "Le texte repose sur quatre priorités.", []w{count("quatre priorités", 4, "priorities")}},
	{"fr", "On compte trois décès à Errachidia et une victime à Taroudant.", []w{count("trois décès", 3, "dead"), count("une victime", 1, "dead")}},
	{"fr", "Quelque 18 personnes dont trois étrangers ont trouvé la mort.", []w{approx(count("18 personnes", 18, "dead")), count("trois étrangers", 3, "foreigners")}},
	{"fr", "Près de 4 millions de ménages bénéficient de l'aide.", []w{approx(count("4 millions de ménages", 4e6, "households"))}},
	{"fr", "Environ 600 élèves ont été accueillis.", []w{approx(count("600 élèves", 600, "students"))}},
	{"fr", "Entre 10 et 20 camions entrent chaque jour.", []w{upto(count("10 et 20 camions", 10, "trucks"), 20)}},
	{"fr", "Tamanrasset est à environ 2 000 km au sud d'Alger.", []w{approx(qty("2 000 km", 2000, "km"))}},
	{"fr", "Le pays produit 500 000 barils par jour.", []w{qty("500 000 barils", 500000, "barrels")}},
	{"fr", "La centrale produira 300 mégawatts.", []w{qty("300 mégawatts", 300, "MW")}},
	{"fr", "Le scrutin a réuni 2.808.548 électeurs.", []w{count("2.808.548 électeurs", 2808548, "voters")}},
	{"fr", "Deux personnes ont été emportées par les eaux.", []w{count("Deux personnes", 2, "people")}},
	{"fr", "Ce vendredi 18 octobre 2024, le conseil s'est réuni.", nil},
	{"fr", "En marge du 18e sommet de la Francophonie.", nil},
	{"fr", "Il a été élu pour un second mandat de cinq ans (2024-2029).", nil},
	{"fr", "Les pluies sont tombées pendant deux jours.", nil},
	{"fr", "La réunion a débuté à 16h30 au siège.", nil},
	{"fr", "Le décret n° 2-22-431 a été publié.", nil},
	{"fr", "Les préparatifs pour la Coupe du Monde 2030 avancent.", nil},
	{"fr", "Un label de la musique des années 1980 et 1990.", nil},
	{"fr", "Le 1er janvier, la loi entre en vigueur.", nil},
	{"fr", "Du 7 au 9 septembre, le salon accueille le public.", nil},
	{"fr", "Dont un Espagnol, selon le ministère.", nil},
	{"fr", "Un bâtiment neuf a été inauguré.", nil},
	{"fr", "Des centaines de maisons et des milliers de personnes.", nil},
	{"fr", "Six semaines après le séisme, la reconstruction commence.", nil},
	{"fr", "La ville compte 3,5 millions d'habitants.", []w{count("3,5 millions d'habitants", 3.5e6, "residents")}},
	{"fr", "Les 27 pays membres ont voté deux fois.", []w{count("27 pays", 27, "countries")}},
	{"fr", "Les deux tiers des électeurs ont voté.", nil},
	{"fr", "Ils ont signé une quinzaine d'accords et des dizaines de projets.", []w{approx(count("une quinzaine d'accords", 15, "agreements"))}},
	{"fr", "Le bilan s'élève à 2 946 morts et 5 674 blessés.", []w{count("2 946 morts", 2946, "dead"), count("5 674 blessés", 5674, "injured")}},
	{"fr", "Le Maroc a reçu 14,5 millions de touristes et 104,7 MMDH de recettes.", []w{count("14,5 millions de touristes", 14.5e6, "touristes"), money("104,7 MMDH", 104.7e9, "MAD")}},
	{"fr", "Un million de personnes ont été déplacées.", []w{count("Un million de personnes", 1e6, "people")}},
}

func TestExtractFrench(t *testing.T) { runTable(t, frenchCases) }

func TestTableSize(t *testing.T) {
	if n := len(arabicCases) + len(englishCases) + len(frenchCases); n < 150 {
		t.Errorf("table has %d cases, want at least 150", n)
	}
}
