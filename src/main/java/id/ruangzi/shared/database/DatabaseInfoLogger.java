package id.ruangzi.shared.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start which database the application uses, embedded or not, so an operator
 * never has to guess where the data went.
 */
@Component
class DatabaseInfoLogger {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInfoLogger.class);

	private final DataSource dataSource;

	DatabaseInfoLogger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			// Parameters may carry a password; the host and database are what an operator
			// needs.
			String url = metaData.getURL().replaceFirst("\\?.*$", "");
			log.info("Database in use: {} {} at {} as {}", metaData.getDatabaseProductName(),
					metaData.getDatabaseProductVersion(), url, metaData.getUserName());
		}
	}

}
