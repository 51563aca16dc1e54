package id.ruangzi.security;

/**
 * The attack suite of issue 9: where each case is proven. Every listed test fails if its
 * protection is removed. Classes in this package unless qualified.
 * <table>
 * <caption>Attack cases and their tests</caption>
 * <tr>
 * <th>Case</th>
 * <th>Test</th>
 * </tr>
 * <tr>
 * <td>Upload HTML</td>
 * <td>{@code evidence.EvidenceUploadTests#anHtmlFileNamedLaporanPdfIsRefusedNamingTheFileAndType}</td>
 * </tr>
 * <tr>
 * <td>Upload SVG with script</td>
 * <td>{@code evidence.EvidenceUploadTests#anSvgAndAZipAreRefused}</td>
 * </tr>
 * <tr>
 * <td>Executable renamed .pdf</td>
 * <td>{@code evidence.EvidenceUploadTests#anExecutableIsRefusedEvenWithAPdfName}</td>
 * </tr>
 * <tr>
 * <td>PDF with JavaScript / launch action (refused)</td>
 * <td>{@code UploadAttackTests#aPdfWithJavascriptOrALaunchActionIsRefusedHoweverItIsWritten}</td>
 * </tr>
 * <tr>
 * <td>Empty file</td>
 * <td>{@code evidence.EvidenceUploadTests#anEmptyFileIsRefused}</td>
 * </tr>
 * <tr>
 * <td>51 MB</td>
 * <td>{@code evidence.EvidenceUploadTests#aFiftyMegabytePdfIsStoredWithItsChecksumAndOneByteMoreIsRefused},
 * {@code evidence.EvidencePagesTests#aFileOverTheLimitIsRefusedClearlyOverRealHttp},
 * {@code evidence.durability.UploadDurabilityTests#aFiftyMegabytePdfUploadsWithA256MegabyteHeapAndFiftyOneMegabytesIsRefusedClearly}</td>
 * </tr>
 * <tr>
 * <td>Names with ../, NUL, U+202E, 300 characters</td>
 * <td>{@code UploadAttackTests#hostileFileNamesAreStoredAndServedCleaned},
 * {@code evidence.FileNamesTests}</td>
 * </tr>
 * <tr>
 * <td>Polyglot JPEG/HTML</td>
 * <td>{@code UploadAttackTests#aJpegHtmlPolyglotIsOnlyEverServedAsAnImageThatCannotRunScript}</td>
 * </tr>
 * <tr>
 * <td>Downloads: attachment / nosniff</td>
 * <td>{@code evidence.EvidencePagesTests#aDocumentDownloadsAsAnAttachmentAndAPdfIsPreviewedInThePage},
 * {@code UploadAttackTests}</td>
 * </tr>
 * <tr>
 * <td>ZIP containers</td>
 * <td>{@code evidence.durability.OfficeContentDetectionTests}</td>
 * </tr>
 * <tr>
 * <td>Stored XSS: answer notes</td>
 * <td>{@code AttackTests#scriptInFreeTextIsShownAsText}</td>
 * </tr>
 * <tr>
 * <td>Stored XSS: unit names, people, tasks and comments, review notes and comments,
 * activities, obstacles, changes, pokja names, evidence titles and links</td>
 * <td>{@code StoredXssTests}</td>
 * </tr>
 * <tr>
 * <td>Markdown minutes</td>
 * <td>{@code actionplan.activity.ActivityPagesTests#minutesAreRenderedFromMarkdownWithScriptEscapedAndJavascriptLinksRemoved},
 * {@code StoredXssTests#activityTitlesGuestsFollowUpsAndMarkdownMinutesAreShownAsText}</td>
 * </tr>
 * <tr>
 * <td>Evidence links only http/https</td>
 * <td>{@code evidence.EvidenceUploadTests#aLinkNeedsAnHttpAddress},
 * {@code StoredXssTests#evidenceLinksOtherThanHttpAreRefusedAndTitlesAreShownAsText}</td>
 * </tr>
 * <tr>
 * <td>SQL injection in every search/filter/sort parameter</td>
 * <td>{@code InjectionTests} (data-driven over the route csv files),
 * {@code AttackTests#sqlInSearchAndFilterParametersIsJustText}</td>
 * </tr>
 * <tr>
 * <td>Sort allowlist</td>
 * <td>{@code InjectionTests#anUnknownSortIsRefusedAndNeverReachesSql}</td>
 * </tr>
 * <tr>
 * <td>CSRF: no token, every form route</td>
 * <td>{@code RouteInventoryTests#everyStateChangingPageRouteRefusesARequestWithoutTheCsrfToken}</td>
 * </tr>
 * <tr>
 * <td>CSRF: forged token, logout, API exemption</td>
 * <td>{@code CsrfTests}</td>
 * </tr>
 * <tr>
 * <td>CSRF: login form</td>
 * <td>{@code shared.web.WebSecurityTests#loginWithoutCsrfTokenIsRefused}</td>
 * </tr>
 * <tr>
 * <td>IDOR: supervisor of another subtree, every route</td>
 * <td>{@code RouteInventoryTests#everyActorGetsTheDeclaredAnswer} (column
 * supervisor_out)</td>
 * </tr>
 * <tr>
 * <td>IDOR: head of another unit, every route; ids in file URLs</td>
 * <td>{@code IdorTests}</td>
 * </tr>
 * <tr>
 * <td>Session cookie HttpOnly, SameSite=Lax</td>
 * <td>{@code SessionTests#theSessionCookieIsHttpOnlyAndSameSiteLax}</td>
 * </tr>
 * <tr>
 * <td>Secure cookie behind a TLS proxy</td>
 * <td>{@code SecureSessionCookieTests}</td>
 * </tr>
 * <tr>
 * <td>Session id changes at login, logout invalidates</td>
 * <td>{@code SessionTests#theSessionIdChangesAtLoginAndLogoutEndsTheSession}</td>
 * </tr>
 * <tr>
 * <td>Deactivated user's session ends</td>
 * <td>{@code identity.web.DeactivationEndsSessionsTests#deactivatedUserLosesTheirOpenSession}</td>
 * </tr>
 * <tr>
 * <td>Login throttling (form)</td>
 * <td>{@code identity.internal.LoginProtectionTests},
 * {@code identity.internal.LoginThrottleTests}</td>
 * </tr>
 * <tr>
 * <td>Basic auth throttled the same way</td>
 * <td>{@code identity.internal.LoginProtectionTests#aLockedUsernameIsRefusedOverTheApiToo},
 * {@code BruteForceTests}</td>
 * </tr>
 * <tr>
 * <td>Mass assignment: programme</td>
 * <td>{@code AttackTests#hiddenFieldsCannotSetWhatTheFormDoesNotOwn}</td>
 * </tr>
 * <tr>
 * <td>Mass assignment: task, evidence, user, answer</td>
 * <td>{@code MassAssignmentTests}</td>
 * </tr>
 * </table>
 */
final class AttackSuite {

	private AttackSuite() {
	}

}
