package id.ruangzi.demo;

import java.util.List;
import java.util.Set;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.NewUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.organisation.NewUnit;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.shared.database.DemoDataCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set. Every step creates only what is missing, so a restart adds
 * nothing.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "ruangzi-demo";

	static final String KEMENAG = "KEMENAG";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	DemoData(OrganisationApi organisation, IdentityApi identity) {
		this.organisation = organisation;
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.organisation.ensureInstansi(KEMENAG, "Kementerian Agama");
		DemoUnits.ALL.forEach(this.organisation::ensureUnit);
		List<DemoUser> users = List.of(new DemoUser("admin", "Administrator Ruang ZI", null, Role.ADMINISTRATOR),
				new DemoUser("pembina", "Drs. H. Ahmad Fauzi, M.Pd.", DemoUnits.KANKEMENAG_BANDAR_LAMPUNG,
						Role.SUPERVISOR),
				new DemoUser("kepala", "Hj. Siti Rahmawati, S.Ag., M.Pd.I.", DemoUnits.MTSN_2_BANDAR_LAMPUNG,
						Role.UNIT_HEAD),
				new DemoUser("koordinator", "Rudi Hartono, S.Pd.", DemoUnits.MTSN_2_BANDAR_LAMPUNG, Role.COORDINATOR),
				new DemoUser("anggota", "Dewi Lestari, S.Kom.", DemoUnits.MTSN_2_BANDAR_LAMPUNG, Role.MEMBER),
				new DemoUser("ketua.tim", "Drs. Hendra Gunawan, M.Pd.", DemoUnits.MTSN_2_BANDAR_LAMPUNG,
						Role.TEAM_LEAD),
				new DemoUser("koordinator.sdm", "Sri Wahyuni, S.E.", DemoUnits.MTSN_2_BANDAR_LAMPUNG, Role.COORDINATOR),
				new DemoUser("guru", "Muhammad Iqbal, S.Pd.", DemoUnits.MTSN_2_BANDAR_LAMPUNG, Role.MEMBER),
				new DemoUser("operator", "Nur Aini, A.Md.", DemoUnits.MTSN_2_BANDAR_LAMPUNG, Role.MEMBER),
				new DemoUser("kepala.man2", "Dr. Yusrizal, M.A.", DemoUnits.MAN_2_TANAH_DATAR, Role.UNIT_HEAD),
				new DemoUser("kanwil.lampung", "H. Bambang Supriyadi, S.H., M.H.", "KANWIL-LPG", Role.SUPERVISOR),
				new DemoUser("pembina.tdt", "Nurhayati, S.Ag., M.Pd.", "KANKEMENAG-TDT", Role.SUPERVISOR));
		users.forEach(this::ensure);
		log.info("Demo data ready. Log in at /login with password '{}' as one of: {}", PASSWORD,
				String.join(", ", users.stream().map(DemoUser::username).toList()));
	}

	private void ensure(DemoUser user) {
		Long unitId = (user.unitCode() != null) ? this.organisation.findUnit(user.unitCode()).orElseThrow().id() : null;
		this.identity.ensureUser(
				new NewUser(user.username(), user.fullName(), PASSWORD, Set.of(new RoleGrant(user.role(), unitId))));
	}

	private record DemoUser(String username, String fullName, String unitCode, Role role) {
	}

	static final class DemoUnits {

		static final String KANKEMENAG_BANDAR_LAMPUNG = "KANKEMENAG-BDL";

		static final String MTSN_2_BANDAR_LAMPUNG = "MTSN2-BDL";

		static final String MAN_2_TANAH_DATAR = "MAN2-TDT";

		static final List<NewUnit> ALL = List.of(
				new NewUnit(KEMENAG, "KANWIL-LPG", "Kanwil Kemenag Provinsi Lampung", UnitType.KANWIL, null),
				new NewUnit(KEMENAG, KANKEMENAG_BANDAR_LAMPUNG, "Kankemenag Kota Bandar Lampung", UnitType.KANKEMENAG,
						"KANWIL-LPG"),
				new NewUnit(KEMENAG, MTSN_2_BANDAR_LAMPUNG, "MTsN 2 Bandar Lampung", UnitType.MADRASAH,
						KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "KANWIL-SUMBAR", "Kanwil Kemenag Provinsi Sumatera Barat", UnitType.KANWIL, null),
				new NewUnit(KEMENAG, "KANKEMENAG-TDT", "Kankemenag Kabupaten Tanah Datar", UnitType.KANKEMENAG,
						"KANWIL-SUMBAR"),
				new NewUnit(KEMENAG, MAN_2_TANAH_DATAR, "MAN 2 Tanah Datar", UnitType.MADRASAH, "KANKEMENAG-TDT"),
				new NewUnit(KEMENAG, "KANWIL-JATENG", "Kanwil Kemenag Provinsi Jawa Tengah", UnitType.KANWIL, null),
				new NewUnit(KEMENAG, "KANKEMENAG-WSB", "Kankemenag Kabupaten Wonosobo", UnitType.KANKEMENAG,
						"KANWIL-JATENG"),
				new NewUnit(KEMENAG, "MAN1-BDL", "MAN 1 Bandar Lampung", UnitType.MADRASAH, KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "MTSN1-BDL", "MTsN 1 Bandar Lampung", UnitType.MADRASAH,
						KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "MIN1-BDL", "MIN 1 Bandar Lampung", UnitType.MADRASAH, KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "KUA-TKB", "KUA Kecamatan Teluk Betung Barat", UnitType.KUA,
						KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "KUA-KDT", "KUA Kecamatan Kedaton", UnitType.KUA, KANKEMENAG_BANDAR_LAMPUNG),
				new NewUnit(KEMENAG, "KANKEMENAG-LSL", "Kankemenag Kabupaten Lampung Selatan", UnitType.KANKEMENAG,
						"KANWIL-LPG"),
				new NewUnit(KEMENAG, "MAN1-LSL", "MAN 1 Lampung Selatan", UnitType.MADRASAH, "KANKEMENAG-LSL"),
				new NewUnit(KEMENAG, "KUA-KLD", "KUA Kecamatan Kalianda", UnitType.KUA, "KANKEMENAG-LSL"),
				new NewUnit(KEMENAG, "MAN1-TDT", "MAN 1 Tanah Datar", UnitType.MADRASAH, "KANKEMENAG-TDT"),
				new NewUnit(KEMENAG, "MTSN3-TDT", "MTsN 3 Tanah Datar", UnitType.MADRASAH, "KANKEMENAG-TDT"),
				new NewUnit(KEMENAG, "KUA-BSK", "KUA Kecamatan Batusangkar", UnitType.KUA, "KANKEMENAG-TDT"),
				new NewUnit(KEMENAG, "MAN1-WSB", "MAN 1 Wonosobo", UnitType.MADRASAH, "KANKEMENAG-WSB"),
				new NewUnit(KEMENAG, "MTSN1-WSB", "MTsN 1 Wonosobo", UnitType.MADRASAH, "KANKEMENAG-WSB"),
				new NewUnit(KEMENAG, "KUA-WSB", "KUA Kecamatan Wonosobo", UnitType.KUA, "KANKEMENAG-WSB"));

		private DemoUnits() {
		}

	}

}
