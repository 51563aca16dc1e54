package id.ruangzi.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir the directory of the file store, {@code ./data/files} by default
 */
@ConfigurationProperties("ruangzi.storage")
public record StorageProperties(String dir) {

}
