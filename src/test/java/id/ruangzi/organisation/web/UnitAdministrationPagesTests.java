package id.ruangzi.organisation.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit tree pages against the demo tree; every change is rolled back.
 */
@IntegrationTest
@Transactional
class UnitAdministrationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void treeListsEveryUnitBelowItsParentIndentedByDepth() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/units")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(stringContainsInOrder("Kanwil Kemenag Provinsi Jawa Tengah", "Kankemenag Kabupaten Wonosobo",
						"MAN 1 Wonosobo", "Kanwil Kemenag Provinsi Lampung", "Kankemenag Kabupaten Lampung Selatan",
						"MAN 1 Lampung Selatan", "Kankemenag Kota Bandar Lampung", "KUA Kecamatan Kedaton",
						"MAN 1 Bandar Lampung", "MTsN 2 Bandar Lampung", "Kanwil Kemenag Provinsi Sumatera Barat")))
			.andExpect(content().string(containsString("unit-depth-2")))
			.andExpect(content().string(containsString("Unit kerja")));
	}

	@Test
	void searchFindsUnitsByNameOrCode() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/units").param("q", "tanah datar")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MAN 2 Tanah Datar")))
			.andExpect(content().string(not(containsString("MTsN 2 Bandar Lampung"))));
		this.mvc.perform(asAdmin(get("/admin/units").param("q", "mtsn2-bdl")))
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")))
			.andExpect(content().string(not(containsString("MAN 2 Tanah Datar"))));
		this.mvc.perform(asAdmin(get("/admin/units").param("q", "%")))
			.andExpect(content().string(containsString("Tidak ada unit kerja yang cocok")));
	}

	@Test
	void treeIsPagedSoALargeTreeDoesNotRenderAtOnce() throws Exception {
		jdbc().sql("""
				insert into unit (instansi_id, code, name, type, path, depth)
				select i.id, 'BULK-' || n, 'Unit massal ' || n, 'LAINNYA', '/', 0
				from instansi i, generate_series(1, 120) n where i.code = 'KEMENAG'
				""").update();
		String page = this.mvc.perform(asAdmin(get("/admin/units").param("q", "unit massal")))
			.andExpect(content().string(containsString("Halaman 1 dari 3")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("Unit massal ", -1)).hasSize(51);
	}

	@Test
	void nonAdministratorsAreForbidden() throws Exception {
		this.mvc.perform(get("/admin/units").with(user(this.userDetailsService.loadUserByUsername("pembina"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/units/MTSN2-BDL/deactivate").with(csrf())
				.with(user(this.userDetailsService.loadUserByUsername("kepala"))))
			.andExpect(status().isForbidden());
		assertThat(active("MTSN2-BDL")).isTrue();
	}

	@Test
	void administratorCreatesAMadrasahUnderItsKankemenag() throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/units")).param("code", "mtsn9-bdl")
				.param("name", "MTsN 9 Bandar Lampung")
				.param("type", "MADRASAH")
				.param("madrasahLevel", "MTS")
				.param("madrasahStatus", "NEGERI")
				.param("parentCode", "KANKEMENAG-BDL")
				.param("instansiCode", "KEMENAG")
				.param("headName", "Drs. Ahmad")
				.param("address", ""))
			.andExpect(redirectedUrl("/admin/units/MTSN9-BDL"))
			.andExpect(flash().attribute("flashSuccess", "organisation.unit.created"));
		String parentPath = path("KANKEMENAG-BDL");
		var created = jdbc()
			.sql("select id, path, depth, madrasah_level, head_name, address from unit where code = 'MTSN9-BDL'")
			.query()
			.singleRow();
		assertThat(created.get("path")).isEqualTo(parentPath + created.get("id") + "/");
		assertThat(created.get("depth")).isEqualTo(2);
		assertThat(created.get("madrasah_level")).isEqualTo("MTS");
		assertThat(created.get("head_name")).isEqualTo("Drs. Ahmad");
		assertThat(created.get("address")).isNull();
	}

	@Test
	void creatingWithATakenCodeOrAnUnknownParentShowsFieldErrors() throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/units")).param("code", "MTSN2-BDL")
				.param("name", "Kembar")
				.param("type", "MADRASAH")
				.param("instansiCode", "KEMENAG"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kode MTSN2-BDL sudah dipakai unit lain.")));
		this.mvc
			.perform(asAdmin(post("/admin/units")).param("code", "BARU")
				.param("name", "Baru")
				.param("type", "KUA")
				.param("parentCode", "TIDAK-ADA")
				.param("instansiCode", "KEMENAG"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unit induk dengan kode TIDAK-ADA tidak ditemukan.")));
		this.mvc.perform(asAdmin(post("/admin/units")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama wajib diisi.")));
		assertThat(count("code in ('BARU')")).isZero();
	}

	@Test
	void editPageCarriesTheVersionAndSavingChangesTheUnit() throws Exception {
		long version = version("MAN2-TDT");
		this.mvc.perform(asAdmin(get("/admin/units/MAN2-TDT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		this.mvc.perform(edit("MAN2-TDT", version, "KANKEMENAG-TDT", "MAN 2 Kabupaten Tanah Datar"))
			.andExpect(redirectedUrl("/admin/units/MAN2-TDT"));
		assertThat(jdbc().sql("select name from unit where code = 'MAN2-TDT'").query(String.class).single())
			.isEqualTo("MAN 2 Kabupaten Tanah Datar");
	}

	@Test
	void editWithAStaleVersionAnswersConflictAndChangesNothing() throws Exception {
		long version = version("MAN2-TDT");
		this.mvc.perform(edit("MAN2-TDT", version - 1, "KANKEMENAG-TDT", "Perubahan usang"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data telah diubah orang lain")));
		assertThat(jdbc().sql("select name from unit where code = 'MAN2-TDT'").query(String.class).single())
			.isEqualTo("MAN 2 Tanah Datar");
	}

	@Test
	void movingAUnitMovesItsWholeSubtree() throws Exception {
		String oldPath = path("KANKEMENAG-BDL");
		long subtree = count("path like '" + oldPath + "%'");
		this.mvc.perform(edit("KANKEMENAG-BDL", version("KANKEMENAG-BDL"), "KANKEMENAG-TDT"))
			.andExpect(redirectedUrl("/admin/units/KANKEMENAG-BDL"));
		String newPath = path("KANKEMENAG-BDL");
		String ownId = oldPath.substring(oldPath.lastIndexOf('/', oldPath.length() - 2) + 1);
		assertThat(newPath).isEqualTo(path("KANKEMENAG-TDT") + ownId);
		assertThat(count("path like '" + oldPath + "%'")).isZero();
		assertThat(count("path like '" + newPath + "%'")).isEqualTo(subtree);
		assertThat(path("MTSN2-BDL")).startsWith(newPath);
		assertThat(jdbc().sql("select depth from unit where code = 'MTSN2-BDL'").query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void movingAUnitUnderItsOwnDescendantIsRefused() throws Exception {
		String before = path("KANWIL-LPG");
		this.mvc.perform(edit("KANWIL-LPG", version("KANWIL-LPG"), "MTSN2-BDL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak dapat dipindahkan ke bawah dirinya sendiri")));
		this.mvc.perform(edit("KANWIL-LPG", version("KANWIL-LPG"), "KANWIL-LPG"))
			.andExpect(content().string(containsString("tidak dapat dipindahkan ke bawah dirinya sendiri")));
		assertThat(path("KANWIL-LPG")).isEqualTo(before);
	}

	@Test
	void deactivatingAndActivatingSwitchTheUnit() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/units/MAN1-TDT/deactivate")))
			.andExpect(redirectedUrl("/admin/units/MAN1-TDT"))
			.andExpect(flash().attribute("flashSuccess", "organisation.unit.deactivated"));
		assertThat(active("MAN1-TDT")).isFalse();
		this.mvc
			.perform(asAdmin(get("/admin/units/MAN1-TDT")).flashAttr("flashSuccess", "organisation.unit.deactivated")
				.flashAttr("flashArgs", "MAN1-TDT"))
			.andExpect(content().string(containsString("Unit kerja MAN1-TDT telah dinonaktifkan.")))
			.andExpect(content().string(containsString("Aktifkan")));
		this.mvc.perform(asAdmin(post("/admin/units/MAN1-TDT/activate")));
		assertThat(active("MAN1-TDT")).isTrue();
	}

	@Test
	void aUnitWithChildrenIsNotDeletedAndALeafIs() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/units/KANKEMENAG-TDT/delete")))
			.andExpect(redirectedUrl("/admin/units/KANKEMENAG-TDT"))
			.andExpect(flash().attribute("flashError", "organisation.unit.delete.hasChildren"));
		assertThat(count("code = 'KANKEMENAG-TDT'")).isOne();
		this.mvc.perform(asAdmin(post("/admin/units/KUA-BSK/delete")))
			.andExpect(redirectedUrl("/admin/units"))
			.andExpect(flash().attribute("flashSuccess", "organisation.unit.deleted"));
		assertThat(count("code = 'KUA-BSK'")).isZero();
	}

	@Test
	void unknownUnitIsNotFound() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/units/TIDAK-ADA"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder edit(String code, long version, String parentCode) {
		return edit(code, version, parentCode, null);
	}

	private MockHttpServletRequestBuilder edit(String code, long version, String parentCode, String newName) {
		var unit = jdbc().sql("""
				select u.name, u.type, i.code as instansi from unit u join instansi i on i.id = u.instansi_id
				where u.code = :code
				""").param("code", code).query().singleRow();
		return asAdmin(post("/admin/units/" + code)).param("code", code)
			.param("name", (newName != null) ? newName : (String) unit.get("name"))
			.param("type", (String) unit.get("type"))
			.param("instansiCode", (String) unit.get("instansi"))
			.param("parentCode", parentCode)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.userDetailsService.loadUserByUsername("admin"))).with(csrf());
	}

	// The requests share the test's transaction; flush so that plain SQL sees their
	// changes.
	private JdbcClient jdbc() {
		this.entityManager.flush();
		return this.jdbc;
	}

	private String path(String code) {
		return jdbc().sql("select path from unit where code = :code").param("code", code).query(String.class).single();
	}

	private long version(String code) {
		return jdbc().sql("select version from unit where code = :code").param("code", code).query(Long.class).single();
	}

	private boolean active(String code) {
		return jdbc().sql("select active from unit where code = :code")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	private long count(String where) {
		return jdbc().sql("select count(*) from unit where " + where).query(Long.class).single();
	}

}
