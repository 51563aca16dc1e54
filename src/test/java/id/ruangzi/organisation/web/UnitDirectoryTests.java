package id.ruangzi.organisation.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void pembinaSeesMtsn2BandarLampungAndNotManTanahDatar() throws Exception {
		this.mvc.perform(get("/units").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")))
			.andExpect(content().string(containsString("KUA Kecamatan Kedaton")))
			.andExpect(content().string(not(containsString("MAN 2 Tanah Datar"))));
		this.mvc.perform(get("/units/MTSN2-BDL").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")));
		this.mvc.perform(get("/units/MAN2-TDT").with(as("pembina"))).andExpect(status().isNotFound());
	}

	@Test
	void supervisorSeesTheUnitsBelowTheirKankemenag() throws Exception {
		this.mvc.perform(get("/units/KANKEMENAG-BDL").with(as("pembina")))
			.andExpect(content().string(containsString("Unit di bawahnya")))
			.andExpect(content().string(containsString("MIN 1 Bandar Lampung")));
	}

	@Test
	void memberSeesOnlyTheirOwnUnit() throws Exception {
		this.mvc.perform(get("/units").with(as("anggota")))
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")))
			.andExpect(content().string(not(containsString("MTsN 1 Bandar Lampung"))));
		this.mvc.perform(get("/units/KANKEMENAG-BDL").with(as("anggota"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/MTSN1-BDL").with(as("anggota"))).andExpect(status().isNotFound());
	}

	@Test
	void memberCannotReachAnyAdministrationPage() throws Exception {
		for (String page : new String[] { "/admin/units", "/admin/units/new", "/admin/units/import", "/admin/users",
				"/admin/users/new", "/admin/users/import", "/admin/login-log", "/actuator/env" }) {
			this.mvc.perform(get(page).with(as("anggota"))).andExpect(status().isForbidden());
		}
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
