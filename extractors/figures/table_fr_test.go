package figures

import "testing"

// French sentences written for these tests.
var frenchCases = []tcase{
	{"fr", "Le budget atteint 26,1 milliards d'euros cette année.", []w{money("26,1 milliards d'euros", 26.1e9, "EUR")}},
	{"fr", "La Banque mondiale a accordé 320 millions de dollars au pays.", []w{money("320 millions de dollars", 320e6, "USD")}},
	{"fr", "Au final, 9 milliards d’euros ont été réunis.", []w{money("9 milliards d’euros", 9e9, "EUR")}},
	{"fr", "Le projet coûtera 1 234,5 millions de dirhams au Maroc.", []w{money("1 234,5 millions de dirhams", 1234.5e6, "MAD")}},
	{"fr", "Le prêt s'élève à 1.234.567 dinars tunisiens.", []w{money("1.234.567 dinars tunisiens", 1234567, "TND")}},
	{"fr", "L'Algérie a débloqué 3 milliards de dinars pour les sinistrés.", []w{money("3 milliards de dinars", 3e9, "DZD")}},
	{"fr", "Washington a promis 1,35 milliard de dollars américains.", []w{money("1,35 milliard de dollars américains", 1.35e9, "USD")}},
	{"fr", "Le contrat porte sur 40 millions de livres sterling.", []w{money("40 millions de livres sterling", 40e6, "GBP")}},
	{"fr", "Dakar a levé 200 milliards de francs CFA sur le marché.", []w{money("200 milliards de francs CFA", 200e9, "XOF")}},
	{"fr", "Le Cameroun a obtenu 50 milliards de francs CFA.", []w{money("50 milliards de francs CFA", 50e9, "XAF")}},
	{"fr", "L'enveloppe est de 130 M€ pour la région.", []w{money("130 M€", 130e6, "EUR")}},
	{"fr", "Le plan prévoit 5 000 € par famille.", []w{money("5 000 €", 5000, "EUR")}},
	{"fr", "Le gouvernement a mobilisé 12 MMDH pour le programme au Maroc.", []w{money("12 MMDH", 12e9, "MAD")}},
	{"fr", "Une enveloppe de 300 MDH a été débloquée.", []w{money("300 MDH", 300e6, "MAD")}},
	{"fr", "Le Japon a promis 1,6 milliard de dollars. Ce montant complète les 2,4 milliards annoncés en mars.", []w{money("1,6 milliard de dollars", 1.6e9, "USD"), money("2,4 milliards", 2.4e9, "USD")}},
	{"fr", "La croissance devrait atteindre 2,7 % en 2025.", []w{pct("2,7 %", 2.7)}},
	{"fr", "Le taux de participation s'élève à 31,4%.", []w{pct("31,4%", 31.4)}},
	{"fr", "Le chômage a reculé de 2 pour cent.", []w{pct("2 pour cent", 2)}},
	{"fr", "Le candidat a recueilli 1.874.302 voix, soit 61,25%.", []w{count("1.874.302 voix", 1874302, "votes"), pct("61,25%", 61.25)}},
	{"fr", "Plus de 12.000 morts ont été recensés.", []w{approx(count("12.000 morts", 12000, "dead"))}},
	{"fr", "Les deux gouvernements ont conclu six accords commerciaux.", []w{count("deux gouvernements", 2, "gouvernements"), count("six accords", 6, "agreements")}},
	{"fr", "Vingt et un pays ont participé au sommet.", []w{count("Vingt et un pays", 21, "countries")}},
	{"fr", "Soixante-dix personnes ont été évacuées.", []w{count("Soixante-dix personnes", 70, "people")}},
	{"fr", "Quatre-vingt-dix députés ont voté pour.", []w{count("Quatre-vingt-dix députés", 90, "MPs")}},
	{"fr", "Mille personnes ont manifesté devant le parlement.", []w{count("Mille personnes", 1000, "people")}},
	{"fr", "Le plan repose sur trois axes.", []w{count("trois axes", 3, "priorities")}},
	{"fr", "On dénombre deux décès à Safi et une victime à Essaouira.", []w{count("deux décès", 2, "dead"), count("une victime", 1, "dead")}},
	{"fr", "Quelque 27 personnes, dont quatre touristes, ont trouvé la mort.", []w{approx(count("27 personnes", 27, "dead")), count("quatre touristes", 4, "touristes")}},
	{"fr", "Près de 3 millions de familles reçoivent l'allocation.", []w{approx(count("3 millions de familles", 3e6, "families"))}},
	{"fr", "Environ 600 élèves ont été accueillis.", []w{approx(count("600 élèves", 600, "students"))}},
	{"fr", "Entre 10 et 20 camions entrent chaque jour.", []w{upto(count("10 et 20 camions", 10, "trucks"), 20)}},
	{"fr", "Adrar se trouve à environ 1 400 km de la capitale.", []w{approx(qty("1 400 km", 1400, "km"))}},
	{"fr", "Le pays produit 500 000 barils par jour.", []w{qty("500 000 barils", 500000, "barrels")}},
	{"fr", "La centrale produira 300 mégawatts.", []w{qty("300 mégawatts", 300, "MW")}},
	{"fr", "Le référendum a mobilisé 3.102.417 électeurs.", []w{count("3.102.417 électeurs", 3102417, "voters")}},
	{"fr", "Deux randonneurs ont été emportés par la crue.", []w{count("Deux randonneurs", 2, "randonneurs")}},
	{"fr", "Ce mardi 4 juin 2024, le comité s'est réuni.", nil},
	{"fr", "À l'occasion du 25e congrès du parti.", nil},
	{"fr", "Il entame un mandat de six ans (2025-2031).", nil},
	{"fr", "Les pluies sont tombées pendant deux jours.", nil},
	{"fr", "La réunion a débuté à 16h30 au siège.", nil},
	{"fr", "Le décret n° 2-22-431 a été publié.", nil},
	{"fr", "Les travaux pour les Jeux de 2028 avancent.", nil},
	{"fr", "Une vague de films des années 1960 et 1970.", nil},
	{"fr", "Le 1er janvier, la loi entre en vigueur.", nil},
	{"fr", "Du 7 au 9 septembre, le salon accueille le public.", nil},
	{"fr", "Parmi eux, un Italien, selon la préfecture.", nil},
	{"fr", "Un bâtiment neuf a été inauguré.", nil},
	{"fr", "Des centaines de maisons et des milliers de personnes.", nil},
	{"fr", "Six semaines après le séisme, la reconstruction commence.", nil},
	{"fr", "La ville compte 3,5 millions d'habitants.", []w{count("3,5 millions d'habitants", 3.5e6, "residents")}},
	{"fr", "Les 27 pays membres ont voté deux fois.", []w{count("27 pays", 27, "countries")}},
	{"fr", "Les deux tiers des électeurs ont voté.", nil},
	{"fr", "Le pays compte 1\u202f234\u202f567 électeurs et reçoit 2,5 Mds$.", []w{count("1\u202f234\u202f567 électeurs", 1234567, "voters"), money("2,5 Mds$", 2.5e9, "USD")}},
	{"fr", "Il a salué plus de 60 grandes entreprises présentes.", []w{approx(count("60 grandes entreprises", 60, "companies"))}},
	{"fr", "L'avion a atterri vers 1 heures 45; tous deux ont été accueillis. Note : 8 / 10.", nil},
	{"fr", "Publié le 14. mars 2022 à 10:12.", nil},
	{"fr", "Le ministre est venu à trois reprises; cent personnes l'attendaient.", []w{count("cent personnes", 100, "people")}},
	{"fr", "Le déficit devrait passer de 6,4 à 5,1% du PIB.", []w{pct("6,4", 6.4), pct("5,1%", 5.1)}},
	{"fr", "Le projet de loi n° 45.21 a été adopté.", nil},
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
