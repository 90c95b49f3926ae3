package nl.oppstudio.cli.command;

import org.eclipse.osgi.util.NLS;

/** The Dutch help texts and messages of the command line ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String help;
	public static String helpCheckFormat;
	public static String helpValidate;
	public static String helpRender;
	public static String helpNew;
	public static String helpStatus;
	public static String helpTransition;
	public static String helpConsent;
	public static String helpAudit;
	public static String helpDue;
	public static String helpAdvice;
	public static String helpDiff;
	public static String helpMigrate;
	public static String helpStudio;
	public static String helpEditor;
	public static String helpImportCsv;
	public static String importCsvOneFile;
	public static String importCsvBadColumn;
	public static String importCsvMapping;
	public static String importCsvUnused;
	public static String importCsvMapped;
	public static String importCsvWritten;
	public static String importCsvSummary;
	public static String helpNextPeriod;
	public static String nextPeriodExists;
	public static String nextPeriodWritten;
	public static String nextPeriodMarked;
	public static String nextPeriodCleared;
	public static String unknownCommand;
	public static String seeHelp;
	public static String internalError;
	public static String unknownOption;
	public static String optionNeedsValue;
	public static String optionMissing;
	public static String notInGit;
	public static String noSuchRevision;
	public static String notInRevision;
	public static String formatUnusable;
	public static String oneDocument;
	public static String cannotWrite;
	public static String fileError;
	public static String folderCannotBeMade;
	public static String folderUnreadable;
	public static String badDate;
	public static String page;
	public static String pages;
	public static String error;
	public static String errors;
	public static String remark;
	public static String remarks;
	public static String summaryClean;
	public static String summaryCleanWithRemarks;
	public static String summaryErrors;
	public static String theFormat;
	public static String theDocument;
	public static String nDocuments;
	public static String checkFormatOneFile;
	public static String checklistTitle;
	public static String checklistNotScored;
	public static String validateNoDocuments;
	public static String pagesUnknown;
	public static String documentsWithErrors;
	public static String renderBlankAndExtract;
	public static String renderBlankNeedsFormat;
	public static String renderBlankWritten;
	public static String renderNothing;
	public static String renderNoExtract;
	public static String renderWritten;
	public static String renderMade;
	public static String warningPrefix;
	public static String skipped;
	public static String newNoFiles;
	public static String newExists;
	public static String newUnknownSchoolType;
	public static String newWritten;
	public static String statusState;
	public static String statusFrozen;
	public static String statusNext;
	public static String statusConsent;
	public static String statusBy;
	public static String transitionUnknownState;
	public static String transitionDone;
	public static String consentDone;
	public static String auditIntact;
	public static String adviceNone;
	public static String adviceOr;
	public static String adviceOnlyAdvice;
	public static String dueOneFolder;
	public static String dueSkipped;
	public static String dueLate;
	public static String dueDaysLate;
	public static String dueToday;
	public static String dueInDays;
	public static String dueSummary;
	public static String dueDoneLateTitle;
	public static String dueDoneLate;
	public static String diffFromOneFile;
	public static String diffTwoFiles;
	public static String diffNoChanges;
	public static String diffChanges;
	public static String migrateNoDocuments;
	public static String migrateOldFormatNotFound;
	public static String migrateDone;
	public static String migrateMoved;
	public static String migrateArchived;
	public static String migrateReportUnwritable;
	public static String studioUseScript;
	public static String editorUseScript;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
