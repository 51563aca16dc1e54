package id.ruangzi.bench.national;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible Indonesian names for generated units and people; fixed lists, no lookups. */
final class Names {

	static final List<String> PROVINCES = List.of("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau",
			"Jambi", "Bengkulu", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta",
			"Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
			"Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
			"Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan",
			"Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat");

	private static final List<String> PLACES = List.of("Sukamaju", "Sidomulyo", "Tanjung Harapan", "Karang Anyar",
			"Mekar Sari", "Suka Damai", "Bumi Ayu", "Talang Padang", "Sungai Liat", "Batu Raja", "Pagar Alam",
			"Kota Agung", "Muara Enim", "Lubuk Linggau", "Rejo Sari", "Way Halim", "Air Molek", "Bukit Kemuning");

	private static final List<String> FIRST = List.of("Ahmad", "Muhammad", "Siti", "Nur", "Dewi", "Budi", "Agus", "Sri",
			"Rina", "Hendra", "Yusuf", "Fatimah", "Rahmat", "Aisyah", "Hasan", "Lestari", "Wahyu", "Indah", "Rizki",
			"Fitri", "Imam", "Putri", "Arif", "Ratna");

	private static final List<String> LAST = List.of("Hidayat", "Saputra", "Rahmawati", "Kurniawan", "Wulandari",
			"Syahputra", "Nasution", "Harahap", "Siregar", "Lubis", "Setiawan", "Pratama", "Susanti", "Hakim",
			"Maulana", "Fauzi", "Yulianti", "Ramadhan", "Permata", "Gunawan");

	private Names() {
	}

	static String province(int index) {
		return PROVINCES.get(index % PROVINCES.size()) + ((index >= PROVINCES.size()) ? " " + index : "");
	}

	static String place(int index) {
		return PLACES.get(index % PLACES.size()) + " " + (index / PLACES.size() + 1);
	}

	static String person(SplittableRandom random) {
		return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
	}

}
