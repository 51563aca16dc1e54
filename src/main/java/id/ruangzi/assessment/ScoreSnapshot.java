package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme's scores on one day, as the daily snapshot stored them (2 decimals).
 *
 * @param date the day (Asia/Jakarta)
 * @param total the total score
 * @param pengungkit the Pengungkit score
 * @param hasil the Hasil score
 */
public record ScoreSnapshot(LocalDate date, BigDecimal total, BigDecimal pengungkit, BigDecimal hasil) {

}
