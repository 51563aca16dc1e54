package id.ruangzi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ruang ZI: where work units run their Zona Integritas programme towards WBK and WBBM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RuangZiApplication {

	public static void main(String[] args) {
		SpringApplication.run(RuangZiApplication.class, args);
	}

}
