package id.ruangzi.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	// failures in minutes before now, newest first; the lockout's end in minutes after
	// now, or null
	static Stream<Arguments> failures() {
		return Stream.of(Arguments.of("no failures", minutesAgo(), null),
				Arguments.of("four failures are allowed", minutesAgo(1, 2, 3, 4), null),
				Arguments.of("the fifth failure within 15 minutes locks for 15 minutes", minutesAgo(1, 2, 3, 4, 5), 14),
				Arguments.of("five failures over more than 15 minutes do not lock", minutesAgo(1, 5, 10, 14, 17), null),
				Arguments.of("five failures spanning exactly 15 minutes lock", minutesAgo(0, 5, 10, 12, 15), 15),
				Arguments.of("a lockout ends 15 minutes after the fifth failure", minutesAgo(15, 16, 17, 18, 19), null),
				Arguments.of("a lockout holds until its last minute", minutesAgo(14, 15, 16, 17, 18), 1),
				Arguments.of("after a lockout ends the count starts again", minutesAgo(0, 16, 17, 18, 19, 20), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void locksAfterFiveFailuresWithinFifteenMinutes(String description, List<Instant> failures,
			Integer minutesUntilUnlocked) {
		Optional<Instant> until = LoginThrottle.lockedUntil(failures, LoginThrottle.USERNAME_LIMIT, NOW);
		if (minutesUntilUnlocked == null) {
			assertThat(until).isEmpty();
		}
		else {
			assertThat(until).contains(NOW.plusSeconds(minutesUntilUnlocked * 60L));
		}
	}

	private static List<Instant> minutesAgo(int... minutes) {
		return Arrays.stream(minutes).mapToObj((m) -> NOW.minusSeconds(m * 60L)).toList();
	}

}
