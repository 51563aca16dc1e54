package id.ruangzi.demo;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoUnitsFormTheKemenagTree() {
		String path = this.jdbc.sql("select path from unit where code = 'MTSN2-BDL'").query(String.class).single();
		String kankemenag = this.jdbc.sql("select path from unit where code = 'KANKEMENAG-BDL'")
			.query(String.class)
			.single();
		assertThat(path).startsWith(kankemenag).isNotEqualTo(kankemenag);
		assertThat(this.jdbc.sql("select count(*) from unit where path like :prefix")
			.param("prefix", kankemenag + "%")
			.query(Long.class)
			.single()).as("Kankemenag Kota Bandar Lampung and what is under it").isGreaterThanOrEqualTo(2);
	}

	@Test
	void runningTheDemoDataAgainAddsNothing() {
		long units = count("unit");
		long users = count("user_account");
		long roles = count("role_assignment");
		assertThat(this.jdbc
			.sql("select count(*) from user_account where username in ('admin', 'pembina', "
					+ "'kepala', 'koordinator', 'anggota', 'kepala.man2', 'kanwil.lampung', 'pembina.tdt')")
			.query(Long.class)
			.single()).isEqualTo(8);

		this.demoData.run(null);

		assertThat(count("unit")).isEqualTo(units);
		assertThat(count("user_account")).isEqualTo(users);
		assertThat(count("role_assignment")).isEqualTo(roles);
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(this.jdbc.sql("select password_hash from user_account").query(String.class).list())
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}$2"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
