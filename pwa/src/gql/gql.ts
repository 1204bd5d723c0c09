/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    emailVerifiedAt\n    remindersOptOut\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}": typeof types.MeDocument,
    "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}": typeof types.ResendVerificationEmailDocument,
    "mutation SetReminderOptOut($optOut: Boolean!) {\n  setReminderOptOut(optOut: $optOut) {\n    id\n    remindersOptOut\n  }\n}": typeof types.SetReminderOptOutDocument,
    "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}": typeof types.UpdateMyProfileDocument,
    "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuditEventsDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}": typeof types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.RegisterPatientDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": typeof types.ResetPasswordDocument,
    "fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  mfaRequired\n  givenName\n  familyName\n  displayName\n  locale\n  capabilities\n}": typeof types.SessionUserFragmentDoc,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}": typeof types.VerifyEmailDocument,
    "mutation AddManualCharge($input: AddManualChargeInput!) {\n  addManualCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}": typeof types.AddManualChargeDocument,
    "query BillingPatient($id: ID!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    insurance {\n      payer\n      memberNumber\n    }\n  }\n}": typeof types.BillingPatientDocument,
    "query BillingSettings {\n  billingSettings {\n    currency\n    minorDigits\n  }\n}": typeof types.BillingSettingsDocument,
    "query BillingWorklist($search: String, $first: Int) {\n  billingWorklist(search: $search, first: $first) {\n    patientId\n    patientName\n    mrn\n    since\n    unbilledCharges\n    unbilledMinor\n    unpricedCharges\n    patientDueMinor\n    insurerDueMinor\n  }\n}": typeof types.BillingWorklistDocument,
    "query CashUpPreview {\n  cashUpPreview {\n    paymentCount\n    expectedCashMinor\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}": typeof types.CashUpPreviewDocument,
    "query CashUps($from: LocalDate!, $to: LocalDate!) {\n  cashUps(from: $from, to: $to) {\n    id\n    cashierName\n    closedAt\n    day\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}": typeof types.CashUpsDocument,
    "fragment BillingChargeFields on Charge {\n  id\n  actKind\n  code\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  reason\n}": typeof types.BillingChargeFieldsFragmentDoc,
    "mutation CloseCashDay($input: CloseCashDayInput!) {\n  closeCashDay(input: $input) {\n    id\n    closedAt\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n  }\n}": typeof types.CloseCashDayDocument,
    "mutation CreateInvoice($input: CreateInvoiceInput!) {\n  createInvoice(input: $input) {\n    ...BillingInvoiceSummary\n    lines {\n      ...BillingInvoiceLineFields\n    }\n  }\n}": typeof types.CreateInvoiceDocument,
    "mutation DiscardDraftInvoice($invoiceId: ID!) {\n  discardDraftInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}": typeof types.DiscardDraftInvoiceDocument,
    "query InsuranceCoverages {\n  insuranceCoverages {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n    updatedAt\n  }\n}": typeof types.InsuranceCoveragesDocument,
    "fragment BillingInvoiceLineFields on InvoiceLine {\n  id\n  position\n  actKind\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  insurerMinor\n  patientMinor\n}": typeof types.BillingInvoiceLineFieldsFragmentDoc,
    "query InvoicePdf($invoiceId: ID!, $language: Locale) {\n  invoicePdf(invoiceId: $invoiceId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": typeof types.InvoicePdfDocument,
    "fragment BillingInvoiceSummary on Invoice {\n  id\n  kind\n  number\n  status\n  createdAt\n  issuedAt\n  currency\n  totalMinor\n  insurerMinor\n  patientMinor\n  paidPatientMinor\n  paidInsurerMinor\n  balanceMinor\n  payer\n}": typeof types.BillingInvoiceSummaryFragmentDoc,
    "query Invoice($id: ID!) {\n  invoice(id: $id) {\n    ...BillingInvoiceSummary\n    patientId\n    patientName\n    memberNumber\n    issuedByName\n    reason\n    creditedInvoiceId\n    cancelledAt\n    lines {\n      ...BillingInvoiceLineFields\n    }\n    payments {\n      ...BillingPaymentFields\n    }\n  }\n}": typeof types.InvoiceDocument,
    "mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    ...BillingInvoiceSummary\n  }\n}": typeof types.IssueCreditNoteDocument,
    "mutation IssueInvoice($invoiceId: ID!) {\n  issueInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}": typeof types.IssueInvoiceDocument,
    "query MyInvoices {\n  myInvoices {\n    ...BillingInvoiceSummary\n  }\n}": typeof types.MyInvoicesDocument,
    "query PatientBilling($patientId: ID!) {\n  patientBilling(patientId: $patientId) {\n    patientId\n    currency\n    patientDueMinor\n    insurerDueMinor\n    unbilledCharges {\n      ...BillingChargeFields\n    }\n    invoices {\n      ...BillingInvoiceSummary\n      lines {\n        ...BillingInvoiceLineFields\n      }\n    }\n  }\n}": typeof types.PatientBillingDocument,
    "fragment BillingPaymentFields on Payment {\n  id\n  amountMinor\n  method\n  reference\n  reason\n  receiptNumber\n  receivedAt\n  receivedByName\n  refundOfId\n}": typeof types.BillingPaymentFieldsFragmentDoc,
    "fragment BillingPaymentTotals on PaymentTotals {\n  CASH\n  CARD\n  MOBILE_MONEY\n  BANK_TRANSFER\n  INSURANCE\n}": typeof types.BillingPaymentTotalsFragmentDoc,
    "mutation PriceCharge($input: PriceChargeInput!) {\n  priceCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}": typeof types.PriceChargeDocument,
    "query ReceiptPdf($paymentId: ID!, $language: Locale) {\n  receiptPdf(paymentId: $paymentId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": typeof types.ReceiptPdfDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}": typeof types.RecordPaymentDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}": typeof types.RefundPaymentDocument,
    "mutation SetInsuranceCoverage($input: SetCoverageInput!) {\n  setInsuranceCoverage(input: $input) {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n  }\n}": typeof types.SetInsuranceCoverageDocument,
    "mutation SetTariff($input: SetTariffInput!) {\n  setTariff(input: $input) {\n    id\n    actKind\n    code\n    amountMinor\n    validFrom\n    validTo\n  }\n}": typeof types.SetTariffDocument,
    "query Tariffs($actKind: ActKind) {\n  tariffs(actKind: $actKind) {\n    id\n    actKind\n    code\n    labelFr\n    labelEn\n    amountMinor\n    validFrom\n    validTo\n    createdAt\n  }\n}": typeof types.TariffsDocument,
    "query EmergencyAccessState($patientId: ID!) {\n  emergencyAccessState(patientId: $patientId) {\n    mayOpen\n    activeUntil\n  }\n}": typeof types.EmergencyAccessStateDocument,
    "query EmergencyAccesses($status: EmergencyAccessStatus, $first: Int, $after: String) {\n  emergencyAccesses(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      clinicianName\n      clinicianRole\n      patientId\n      patientName\n      reason\n      openedAt\n      expiresAt\n      active\n      status\n      reviewedByName\n      reviewedAt\n      reviewNote\n    }\n  }\n}": typeof types.EmergencyAccessesDocument,
    "mutation OpenEmergencyAccess($input: OpenEmergencyAccessInput!) {\n  openEmergencyAccess(input: $input) {\n    id\n    expiresAt\n  }\n}": typeof types.OpenEmergencyAccessDocument,
    "mutation ReviewEmergencyAccess($input: ReviewEmergencyAccessInput!) {\n  reviewEmergencyAccess(input: $input) {\n    id\n    status\n    reviewedByName\n    reviewedAt\n    reviewNote\n  }\n}": typeof types.ReviewEmergencyAccessDocument,
    "mutation AmendEmergencyCase($input: AmendEmergencyCaseInput!) {\n  amendEmergencyCase(input: $input) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}": typeof types.AmendEmergencyCaseDocument,
    "mutation CloseEmergencyCase($input: CloseEmergencyCaseInput!, $clinical: Boolean!) {\n  closeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": typeof types.CloseEmergencyCaseDocument,
    "fragment EmergencyCaseDetail on EmergencyCase {\n  id\n  arrivedAt\n  mode\n  complaint\n  complaintText @include(if: $clinical)\n  status\n  level\n  triagedAt\n  area\n  areaLabel\n  doctorUserId\n  doctorName\n  doctorAt\n  outcome\n  outcomeNote @include(if: $clinical)\n  transferTo\n  admissionId\n  closedAt\n  unknownIdentity\n  temporaryPatientId\n  identityDescription\n  estimatedAge\n  registeredByName\n  version\n  patient {\n    id\n    displayName\n    mrn\n    age\n    sex\n  }\n  wait {\n    waitedMinutes\n    targetMinutes\n    dueAt\n    breached\n  }\n  triages @include(if: $clinical) {\n    id\n    level\n    at\n    byName\n    news2Score\n    news2Risk\n    note\n    vitalsId\n  }\n  amendments @include(if: $clinical) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}": typeof types.EmergencyCaseDetailFragmentDoc,
    "query EmergencyCase($id: ID!, $clinical: Boolean!) {\n  emergencyCase(id: $id) {\n    ...EmergencyCaseDetail\n  }\n}": typeof types.EmergencyCaseDocument,
    "subscription EmergencyQueueChanged {\n  emergencyQueueChanged {\n    caseId\n    change\n  }\n}": typeof types.EmergencyQueueChangedDocument,
    "query EmergencyQueue($clinical: Boolean!) {\n  emergencyQueue {\n    asOf\n    breached\n    cases {\n      caseId\n      patientId\n      name\n      mrn\n      age\n      sex\n      unknownIdentity\n      arrivedAt\n      mode\n      complaint\n      complaintText @include(if: $clinical)\n      status\n      level\n      area\n      areaLabel\n      doctorUserId\n      doctorName\n      wait {\n        waitedMinutes\n        targetMinutes\n        dueAt\n        breached\n      }\n      news2Score @include(if: $clinical)\n      news2Risk @include(if: $clinical)\n      version\n    }\n  }\n}": typeof types.EmergencyQueueDocument,
    "mutation MoveEmergencyCase($input: MoveEmergencyCaseInput!, $clinical: Boolean!) {\n  moveEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": typeof types.MoveEmergencyCaseDocument,
    "query MyEmergencyVisits {\n  myEmergencyVisits {\n    id\n    arrivedAt\n    complaint\n    status\n    level\n    outcome\n    closedAt\n    transferTo\n  }\n}": typeof types.MyEmergencyVisitsDocument,
    "mutation RegisterEmergencyArrival($input: RegisterEmergencyArrivalInput!) {\n  registerEmergencyArrival(input: $input) {\n    id\n    patient {\n      id\n      displayName\n    }\n  }\n}": typeof types.RegisterEmergencyArrivalDocument,
    "mutation TakeEmergencyCase($input: TakeEmergencyCaseInput!, $clinical: Boolean!) {\n  takeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": typeof types.TakeEmergencyCaseDocument,
    "mutation TriageEmergencyCase($input: TriageEmergencyCaseInput!, $clinical: Boolean!) {\n  triageEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": typeof types.TriageEmergencyCaseDocument,
    "query MailOutbox($status: MailStatus, $first: Int, $after: String) {\n  mailOutbox(status: $status, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      to\n      subject\n      text\n      kind\n      status\n      attempts\n      createdAt\n      sentAt\n      error\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.MailOutboxDocument,
    "mutation ConfirmMfaEnrolment($code: String!) {\n  confirmMfaEnrolment(code: $code) {\n    recoveryCodes\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.ConfirmMfaEnrolmentDocument,
    "mutation DisableMfa($code: String!) {\n  disableMfa(code: $code) {\n    ...SessionUser\n  }\n}": typeof types.DisableMfaDocument,
    "mutation StartMfaEnrolment {\n  startMfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeDataUrl\n  }\n}": typeof types.StartMfaEnrolmentDocument,
    "mutation VerifyMfa($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.VerifyMfaDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": typeof types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n  markNotificationRead(input: $input) {\n    id\n    readAt\n  }\n}": typeof types.MarkNotificationReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    params\n    urgent\n    link\n    readAt\n    createdAt\n  }\n}": typeof types.NotificationAddedDocument,
    "query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      readAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation DiscardOfflineEntry($input: DiscardOfflineEntryInput!) {\n  discardOfflineEntry(input: $input) {\n    id\n    discardedAt\n  }\n}": typeof types.DiscardOfflineEntryDocument,
    "query MyShiftPack {\n  myShiftPack {\n    kind\n    asOf\n    shiftEndsAt\n    version\n    patients {\n      patientId\n      birthDate\n      allergyStatus\n      inpatient {\n        ...InpatientRowFields\n      }\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n      activeProblems {\n        id\n        code\n        label\n        rank\n        occurredAt\n      }\n      activePrescriptions {\n        ...RecordsPrescription\n      }\n      administrations {\n        id\n        status\n        occurredAt\n        scheduledAt\n        prescriptionId\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n      vitals {\n        ...RecordsVitals\n      }\n      labResults {\n        ...RecordsLabResult\n      }\n      careNotes {\n        id\n        category\n        text\n        occurredAt\n        recordedByName\n        authorRole\n      }\n    }\n    day\n    practitioner {\n      id\n      displayName\n      consultationMinutes\n      bio\n      languages\n      active\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n    dosesDue {\n      scheduledAt\n      state\n      prescription {\n        id\n        patientId\n        medicationName\n        strength\n        dose\n        doseUnit\n        route\n      }\n      administration {\n        id\n        status\n        occurredAt\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n    }\n  }\n}": typeof types.MyShiftPackDocument,
    "mutation CloseMyAccount($input: CloseMyAccountInput!) {\n  closeMyAccount(input: $input)\n}": typeof types.CloseMyAccountDocument,
    "query MyRecordExport {\n  myRecordExport\n}": typeof types.MyRecordExportDocument,
    "query MyRecordPdf($language: Locale) {\n  myRecordPdf(language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": typeof types.MyRecordPdfDocument,
    "mutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    patient {\n      id\n      mrn\n      displayName\n      version\n    }\n    duplicates {\n      reasons\n      patient {\n        id\n        mrn\n        displayName\n        birthDate\n      }\n    }\n  }\n}": typeof types.CreatePatientDocument,
    "mutation MergePatients($input: MergePatientsInput!) {\n  mergePatients(input: $input) {\n    movedReferences\n    survivor {\n      id\n      mrn\n      displayName\n    }\n    duplicate {\n      id\n      status\n    }\n  }\n}": typeof types.MergePatientsDocument,
    "query MyPatientProfile {\n  me {\n    id\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      age\n      sex\n      status\n      bloodGroup\n      weightKg\n      version\n      phone\n      secondaryPhone\n      email\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      preferredLanguage\n      emergencyContact {\n        name\n        relation\n        phone\n      }\n      insurance {\n        payer\n        memberNumber\n      }\n      allergyStatus\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n    }\n  }\n}": typeof types.MyPatientProfileDocument,
    "fragment PatientAllergyFields on Allergy {\n  id\n  substance\n  reaction\n  severity\n  status\n  kind\n  note\n  recordedAt\n  recordedByName\n  version\n}": typeof types.PatientAllergyFieldsFragmentDoc,
    "query PatientHeader($id: ID!, $clinical: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    bloodGroup @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergies @include(if: $clinical) {\n      id\n      substance\n      reaction\n      severity\n      status\n      kind\n    }\n  }\n}": typeof types.PatientHeaderDocument,
    "query PatientRecord($id: ID!, $clinical: Boolean!, $contact: Boolean!, $insurance: Boolean!, $registrar: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n    version\n    mergedInto {\n      id\n      mrn\n      displayName\n    }\n    bloodGroup @include(if: $clinical)\n    weightKg @include(if: $clinical)\n    heightCm @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergyStatusRecordedAt @include(if: $clinical)\n    allergies(includeEnteredInError: true) @include(if: $clinical) {\n      ...PatientAllergyFields\n    }\n    phone @include(if: $contact)\n    secondaryPhone @include(if: $contact)\n    email @include(if: $contact)\n    address @include(if: $contact) {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    emergencyContact @include(if: $contact) {\n      name\n      relation\n      phone\n    }\n    insurance @include(if: $insurance) {\n      payer\n      memberNumber\n    }\n    administrativeNotes @include(if: $registrar)\n  }\n}": typeof types.PatientRecordDocument,
    "query PatientSearch($search: String, $first: Int, $after: String, $clinical: Boolean!) {\n  patients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      mrn\n      displayName\n      birthDate\n      age\n      sex\n      status\n      allergyStatus @include(if: $clinical)\n    }\n  }\n}": typeof types.PatientSearchDocument,
    "query PossiblePatientDuplicates($input: PatientDuplicatesInput!) {\n  possiblePatientDuplicates(input: $input) {\n    reasons\n    patient {\n      id\n      mrn\n      displayName\n      birthDate\n    }\n  }\n}": typeof types.PossiblePatientDuplicatesDocument,
    "mutation RecordAllergy($input: RecordAllergyInput!) {\n  recordAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}": typeof types.RecordAllergyDocument,
    "mutation RecordNoKnownAllergies($input: RecordNoKnownAllergiesInput!) {\n  recordNoKnownAllergies(input: $input) {\n    id\n    allergyStatus\n    allergyStatusRecordedAt\n  }\n}": typeof types.RecordNoKnownAllergiesDocument,
    "mutation UpdateAllergy($input: UpdateAllergyInput!) {\n  updateAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}": typeof types.UpdateAllergyDocument,
    "mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n  updateMyContactDetails(input: $input) {\n    id\n    version\n    phone\n    secondaryPhone\n    email\n    address {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    preferredLanguage\n    emergencyContact {\n      name\n      relation\n      phone\n    }\n  }\n}": typeof types.UpdateMyContactDetailsDocument,
    "mutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    id\n    version\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n  }\n}": typeof types.UpdatePatientDocument,
    "query ActivePrescriptions($patientId: ID!) {\n  prescriptions(patientId: $patientId, activeOnly: true) {\n    id\n    medicationName\n    strength\n    form\n    dose\n    doseUnit\n    route\n    asNeeded\n    intervalHours\n    scheduleTimes\n    status\n  }\n}": typeof types.ActivePrescriptionsDocument,
    "mutation AdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": typeof types.AdjustStockDocument,
    "mutation Dispense($input: DispenseInput!) {\n  dispense(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": typeof types.DispenseDocument,
    "query DispensingWorklist($wardId: ID!) {\n  dispensingWorklist(wardId: $wardId) {\n    prescriptionId\n    patientId\n    patientName\n    bedLabel\n    medicationName\n    itemId\n    item {\n      ...PharmacyItemFields\n    }\n    unitsPerDose\n    dosesNext24h\n    nextDoseAt\n    unitsNeeded\n    unitsCovered\n    unitsToDispense\n  }\n}": typeof types.DispensingWorklistDocument,
    "fragment PharmacyLotFields on StockLot {\n  id\n  lotNumber\n  expiryDate\n  status\n  supplier\n  receivedQuantity\n  recallReason\n  recalledAt\n  item {\n    id\n    nameFr\n    nameEn\n    unitOfIssue\n  }\n}": typeof types.PharmacyLotFieldsFragmentDoc,
    "query LotTrace($lotId: ID!) {\n  lotTrace(lotId: $lotId) {\n    lot {\n      ...PharmacyLotFields\n    }\n    locations {\n      locationId\n      locationName\n      quantity\n    }\n    movements {\n      ...PharmacyMovementFields\n    }\n    patients {\n      patientId\n      patientName\n      currentInpatient\n      unitsDispensed\n      unitsAdministered\n      administrations {\n        id\n        prescriptionId\n        medicationName\n        administeredAt\n        dose\n        doseUnit\n        recordedByName\n      }\n    }\n  }\n}": typeof types.LotTraceDocument,
    "mutation RecallLot($input: RecallLotInput!) {\n  recallLot(input: $input) {\n    ...PharmacyLotFields\n  }\n}": typeof types.RecallLotDocument,
    "mutation ReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": typeof types.ReceiveStockDocument,
    "query StockAlerts($kind: StockAlertKind) {\n  stockAlerts(kind: $kind) {\n    id\n    kind\n    itemId\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n    locationId\n    location {\n      id\n      name\n    }\n    lotId\n    lot {\n      id\n      lotNumber\n    }\n    expiryDate\n    quantity\n    reorderLevel\n    raisedAt\n    computedAt\n  }\n}": typeof types.StockAlertsDocument,
    "fragment PharmacyItemFields on StockItem {\n  id\n  kind\n  nameFr\n  nameEn\n  inn\n  form\n  strength\n  unitOfIssue\n  reorderLevel\n  active\n}": typeof types.PharmacyItemFieldsFragmentDoc,
    "query StockItemLevel($locationId: ID!, $itemId: ID!) {\n  stockLevels(locationId: $locationId, itemId: $itemId) {\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n        unitPriceCents\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n          supplier\n          unitCostCents\n        }\n      }\n    }\n  }\n}": typeof types.StockItemLevelDocument,
    "query StockItemMovements($itemId: ID!, $first: Int) {\n  stockMovements(filter: {itemId: $itemId}, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyMovementFields\n    }\n  }\n}": typeof types.StockItemMovementsDocument,
    "query StockItemSearch($search: String, $first: Int) {\n  stockItems(search: $search, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyItemFields\n    }\n  }\n}": typeof types.StockItemSearchDocument,
    "query StockLevels($locationId: ID!, $search: String, $kind: StockItemKind, $filter: StockLevelFilter, $first: Int, $after: String, $withTotal: Boolean! = true) {\n  stockLevels(\n    locationId: $locationId\n    search: $search\n    kind: $kind\n    filter: $filter\n    first: $first\n    after: $after\n  ) {\n    totalCount @include(if: $withTotal)\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n        }\n      }\n    }\n  }\n}": typeof types.StockLevelsDocument,
    "query StockLocations {\n  stockLocations {\n    id\n    kind\n    name\n    wardId\n  }\n}": typeof types.StockLocationsDocument,
    "fragment PharmacyMovementFields on StockMovement {\n  id\n  at\n  kind\n  quantity\n  byName\n  reason\n  writeOffReason\n  lotChoiceReason\n  lot {\n    id\n    lotNumber\n    expiryDate\n  }\n  fromLocation {\n    id\n    name\n  }\n  toLocation {\n    id\n    name\n  }\n}": typeof types.PharmacyMovementFieldsFragmentDoc,
    "fragment PharmacyOperationFields on StockOperation {\n  id\n  at\n  kind\n  byName\n  movements {\n    ...PharmacyMovementFields\n    unitCostCents\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n  }\n}": typeof types.PharmacyOperationFieldsFragmentDoc,
    "query StockValuation($at: LocalDate!, $locationId: ID) {\n  stockValuation(at: $at, locationId: $locationId) {\n    at\n    locationId\n    locationName\n    valueCents\n    lines {\n      itemId\n      item {\n        id\n        nameFr\n        nameEn\n        unitOfIssue\n      }\n      onHand\n      averageUnitCostCents\n      valueCents\n    }\n  }\n}": typeof types.StockValuationDocument,
    "mutation WriteOffStock($input: WriteOffStockInput!) {\n  writeOffStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": typeof types.WriteOffStockDocument,
    "mutation AddCareNote($input: AddCareNoteInput!) {\n  addCareNote(input: $input) {\n    id\n    category\n    text\n    occurredAt\n  }\n}": typeof types.AddCareNoteDocument,
    "mutation AddDiagnosis($input: AddDiagnosisInput!) {\n  addDiagnosis(input: $input) {\n    id\n    code\n    label\n    rank\n    status\n    uncoded\n  }\n}": typeof types.AddDiagnosisDocument,
    "query Attachments($patientId: ID!, $first: Int) {\n  attachments(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n      fileName\n      contentType\n      sizeBytes\n      occurredAt\n      recordedByName\n      url\n    }\n  }\n}": typeof types.AttachmentsDocument,
    "query CareNotes($patientId: ID!, $first: Int) {\n  careNotes(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      category\n      text\n      occurredAt\n      recordedByName\n      authorRole\n    }\n  }\n}": typeof types.CareNotesDocument,
    "query ChartPatientSearch($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      mrn\n      displayName\n      age\n      sex\n      allergyStatus\n    }\n  }\n}": typeof types.ChartPatientSearchDocument,
    "mutation CollectLabSpecimens($input: CollectLabSpecimensInput!) {\n  collectLabSpecimens(input: $input) {\n    ...RecordsLabOrder\n  }\n}": typeof types.CollectLabSpecimensDocument,
    "mutation CompleteEncounter($input: CompleteEncounterInput!) {\n  completeEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}": typeof types.CompleteEncounterDocument,
    "mutation CreateEncounter($input: CreateEncounterInput!) {\n  createEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}": typeof types.CreateEncounterDocument,
    "query EncounterDetail($id: ID!) {\n  encounter(id: $id) {\n    ...RecordsEncounter\n    subjective\n    objective\n    assessment\n    plan\n    recordedByName\n  }\n}": typeof types.EncounterDetailDocument,
    "mutation EnterLabResult($input: EnterLabResultInput!) {\n  enterLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}": typeof types.EnterLabResultDocument,
    "query Icd10Codes($search: String, $first: Int) {\n  icd10Codes(search: $search, first: $first) {\n    code\n    titleEn\n    titleFr\n  }\n}": typeof types.Icd10CodesDocument,
    "query LabTests($search: String) {\n  labTests(search: $search) {\n    id\n    code\n    nameEn\n    nameFr\n    specimen\n    unit\n    numeric\n    referenceRanges {\n      sex\n      minAgeYears\n      maxAgeYears\n      low\n      high\n      criticalLow\n      criticalHigh\n    }\n  }\n}": typeof types.LabTestsDocument,
    "query LabWorklist($statuses: [LabOrderStatus!], $first: Int, $after: String) {\n  labOrders(filter: {statuses: $statuses}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RecordsLabOrder\n      clinicalInfo\n      patient {\n        id\n        displayName\n        mrn\n        age\n        sex\n      }\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}": typeof types.LabWorklistDocument,
    "mutation MarkEnteredInError($input: MarkEnteredInErrorInput!) {\n  markEnteredInError(input: $input) {\n    id\n    kind\n    enteredInError\n  }\n}": typeof types.MarkEnteredInErrorDocument,
    "query MedicationSchedule($patientId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  medicationSchedule(patientId: $patientId, from: $from, to: $to) {\n    scheduledAt\n    state\n    prescription {\n      id\n      medicationName\n      strength\n      dose\n      doseUnit\n      route\n    }\n    administration {\n      id\n      status\n      occurredAt\n      dose\n      doseUnit\n      reason\n      recordedByName\n    }\n  }\n}": typeof types.MedicationScheduleDocument,
    "query MyPatientId {\n  me {\n    id\n    patient {\n      id\n    }\n  }\n}": typeof types.MyPatientIdDocument,
    "query MyRecord($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 10) {\n      ...RecordsVitals\n    }\n  }\n  encounters(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsEncounter\n    }\n  }\n  labResults(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsLabResult\n    }\n  }\n}": typeof types.MyRecordDocument,
    "mutation OrderLabTests($input: OrderLabTestsInput!) {\n  orderLabTests(input: $input) {\n    ...RecordsLabOrder\n  }\n}": typeof types.OrderLabTestsDocument,
    "query PatientChart($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activeProblems {\n      id\n      code\n      label\n      rank\n      occurredAt\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 20) {\n      ...RecordsVitals\n    }\n    pendingLabOrders {\n      ...RecordsLabOrder\n    }\n    recentLabResults(first: 10) {\n      ...RecordsLabResult\n    }\n    recentEncounters(first: 5) {\n      ...RecordsEncounter\n    }\n  }\n}": typeof types.PatientChartDocument,
    "query PatientDiagnoses($patientId: ID!) {\n  diagnoses(patientId: $patientId) {\n    id\n    code\n    label\n    rank\n    status\n    encounterId\n    enteredInError\n    enteredInErrorReason\n  }\n}": typeof types.PatientDiagnosesDocument,
    "query PatientLabOrders($patientId: ID!, $first: Int) {\n  labOrders(filter: {patientId: $patientId}, first: $first) {\n    nodes {\n      ...RecordsLabOrder\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}": typeof types.PatientLabOrdersDocument,
    "query PatientTimeline($patientId: ID!, $first: Int, $after: String, $kinds: [ClinicalEntryKind!]) {\n  patientTimeline(\n    patientId: $patientId\n    first: $first\n    after: $after\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      occurredAt\n      enteredInError\n      encounter {\n        ...RecordsEncounter\n        enteredInErrorReason\n      }\n      diagnosis {\n        id\n        code\n        label\n        rank\n        status\n        recordedByName\n        enteredInErrorReason\n      }\n      prescription {\n        ...RecordsPrescription\n        stopReason\n        enteredInErrorReason\n      }\n      vitals {\n        ...RecordsVitals\n        enteredInErrorReason\n      }\n      careNote {\n        id\n        category\n        text\n        recordedByName\n        enteredInErrorReason\n      }\n      administration {\n        id\n        status\n        dose\n        doseUnit\n        reason\n        scheduledAt\n        prescriptionId\n        recordedByName\n      }\n      labOrder {\n        ...RecordsLabOrder\n      }\n      labResult {\n        ...RecordsLabResult\n      }\n      attachment {\n        id\n        title\n        fileName\n        contentType\n      }\n    }\n  }\n}": typeof types.PatientTimelineDocument,
    "mutation Prescribe($input: PrescribeInput!) {\n  prescribe(input: $input) {\n    ...RecordsPrescription\n  }\n}": typeof types.PrescribeDocument,
    "query ProposedLot($prescriptionId: ID!) {\n  proposedLot(prescriptionId: $prescriptionId) {\n    locationId\n    quantity\n    lot {\n      id\n      lotNumber\n      expiryDate\n    }\n  }\n}": typeof types.ProposedLotDocument,
    "mutation RecordMedicationAdministration($input: RecordMedicationAdministrationInput!) {\n  recordMedicationAdministration(input: $input) {\n    id\n    status\n    scheduledAt\n    occurredAt\n    dose\n    doseUnit\n    reason\n    recordedByName\n  }\n}": typeof types.RecordMedicationAdministrationDocument,
    "mutation RecordVitals($input: RecordVitalsInput!) {\n  recordVitals(input: $input) {\n    ...RecordsVitals\n  }\n}": typeof types.RecordVitalsDocument,
    "fragment RecordsEncounter on Encounter {\n  id\n  kind\n  status\n  reason\n  startedAt\n  endedAt\n  practitionerName\n}": typeof types.RecordsEncounterFragmentDoc,
    "fragment RecordsLabOrder on LabOrder {\n  id\n  testCode\n  testNameEn\n  testNameFr\n  specimen\n  priority\n  status\n  occurredAt\n  orderedByName\n  collectedAt\n}": typeof types.RecordsLabOrderFragmentDoc,
    "fragment RecordsLabResult on LabResult {\n  id\n  orderId\n  testCode\n  testNameEn\n  testNameFr\n  valueNumeric\n  valueText\n  unit\n  flag\n  critical\n  referenceLow\n  referenceHigh\n  comment\n  occurredAt\n  validatedAt\n  validatedByName\n  recordedByName\n}": typeof types.RecordsLabResultFragmentDoc,
    "fragment RecordsPrescription on Prescription {\n  id\n  medicationName\n  form\n  strength\n  dose\n  doseUnit\n  route\n  scheduleTimes\n  intervalHours\n  asNeeded\n  startAt\n  endAt\n  instructions\n  status\n  allergyConflicts\n  allergyOverrideReason\n  recordedByName\n}": typeof types.RecordsPrescriptionFragmentDoc,
    "fragment RecordsVitals on VitalSigns {\n  id\n  takenAt\n  temperatureC\n  heartRate\n  systolicBp\n  diastolicBp\n  respiratoryRate\n  spo2\n  onOxygen\n  consciousness\n  painScore\n  weightKg\n  glucoseMmolL\n  news2Score\n  news2Risk\n  abnormal\n  recordedByName\n  enteredInError\n}": typeof types.RecordsVitalsFragmentDoc,
    "mutation ResolveDiagnosis($input: ResolveDiagnosisInput!) {\n  resolveDiagnosis(input: $input) {\n    id\n    status\n    resolvedAt\n  }\n}": typeof types.ResolveDiagnosisDocument,
    "mutation StopPrescription($input: StopPrescriptionInput!) {\n  stopPrescription(input: $input) {\n    ...RecordsPrescription\n    stoppedAt\n    stopReason\n  }\n}": typeof types.StopPrescriptionDocument,
    "query UrgentNotifications {\n  notifications(unreadOnly: true, first: 10) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      createdAt\n    }\n  }\n}": typeof types.UrgentNotificationsDocument,
    "mutation ValidateLabResult($input: ValidateLabResultInput!) {\n  validateLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}": typeof types.ValidateLabResultDocument,
    "query Dashboard($period: ReportPeriodInput!, $serviceId: ID) {\n  dashboard(period: $period, serviceId: $serviceId) {\n    from\n    to\n    serviceId\n    ownActivityOnly\n    demographics {\n      patientsSeen\n      filteredByService\n      byAgeRange {\n        ageRange\n        patients\n      }\n      bySex {\n        sex\n        patients\n      }\n      cells {\n        ageRange\n        sex\n        patients\n      }\n    }\n    appointments {\n      ownActivityOnly\n      practitioners {\n        practitionerId\n        name\n        specialty\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n      total {\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n    }\n    occupancy {\n      filteredByService\n      wards {\n        wardId\n        wardName\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n      total {\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n    }\n    emergency {\n      arrivals\n      closed\n      admitted\n      medianMinutesToTriage\n      medianMinutesToDoctor\n      admissionRate\n      outcomes {\n        outcome\n        cases\n      }\n    }\n    revenue {\n      currency\n      invoicesIssued\n      creditNotesIssued\n      byActKind {\n        actKind\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      total {\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      payments {\n        receivedMinor\n        refundedMinor\n        netMinor\n      }\n      outstandingPatientMinor\n      outstandingInsurerMinor\n      outstandingMinor\n    }\n    expenses {\n      currency\n      purchasesMinor\n      purchasedUnits\n      filteredByService\n      writeOffsByReason {\n        reason\n        units\n        valueMinor\n      }\n      writeOffs {\n        units\n        valueMinor\n      }\n      totalMinor\n    }\n  }\n}": typeof types.DashboardDocument,
    "query ReportExport($kind: ReportExportKind!, $period: ReportPeriodInput!, $serviceId: ID, $separator: CsvSeparator, $language: Locale) {\n  reportExport(\n    kind: $kind\n    period: $period\n    serviceId: $serviceId\n    separator: $separator\n    language: $language\n  ) {\n    fileName\n    contentType\n    base64\n  }\n}": typeof types.ReportExportDocument,
    "query ReportServices {\n  reportServices {\n    id\n    name\n    wards\n  }\n}": typeof types.ReportServicesDocument,
    "mutation AcceptWaitlistOffer($input: WaitlistIdInput!) {\n  acceptWaitlistOffer(input: $input) {\n    ...AppointmentFields\n  }\n}": typeof types.AcceptWaitlistOfferDocument,
    "mutation AddAvailabilityException($input: AddAvailabilityExceptionInput!) {\n  addAvailabilityException(input: $input) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}": typeof types.AddAvailabilityExceptionDocument,
    "subscription AppointmentChanged {\n  appointmentChanged {\n    appointmentId\n    practitionerId\n    kind\n  }\n}": typeof types.AppointmentChangedDocument,
    "fragment AppointmentFields on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  cancelReason\n  version\n  practitioner {\n    id\n    displayName\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}": typeof types.AppointmentFieldsFragmentDoc,
    "query Appointments($filter: AppointmentFilter, $first: Int, $after: String) {\n  appointments(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...AppointmentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AppointmentsDocument,
    "query AvailableSlots($practitionerId: ID, $specialty: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n  availableSlots(\n    practitionerId: $practitionerId\n    specialty: $specialty\n    from: $from\n    to: $to\n  ) {\n    practitioner {\n      id\n      displayName\n    }\n    slots {\n      startsAt\n      endsAt\n    }\n  }\n}": typeof types.AvailableSlotsDocument,
    "fragment SchedulingBoardAppointment on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  version\n  patient {\n    id\n    displayName\n    mrn\n    phone\n  }\n}": typeof types.SchedulingBoardAppointmentFragmentDoc,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": typeof types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": typeof types.CancelAppointmentDocument,
    "mutation CancelPractitionerDay($input: CancelPractitionerDayInput!) {\n  cancelPractitionerDay(input: $input) {\n    phone\n    patient {\n      id\n      displayName\n      mrn\n    }\n    appointment {\n      id\n      startsAt\n      status\n    }\n  }\n}": typeof types.CancelPractitionerDayDocument,
    "mutation CancelWaitlistRequest($input: WaitlistIdInput!) {\n  cancelWaitlistRequest(input: $input) {\n    id\n    status\n  }\n}": typeof types.CancelWaitlistRequestDocument,
    "mutation CheckInAppointment($input: AppointmentIdInput!) {\n  checkInAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.CheckInAppointmentDocument,
    "mutation CompleteAppointment($input: AppointmentIdInput!) {\n  completeAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.CompleteAppointmentDocument,
    "mutation ConfirmAppointment($input: AppointmentIdInput!) {\n  confirmAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.ConfirmAppointmentDocument,
    "query DayBoard($date: LocalDate!, $practitionerId: ID) {\n  dayBoard(date: $date, practitionerId: $practitionerId) {\n    practitioner {\n      id\n      displayName\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n  }\n}": typeof types.DayBoardDocument,
    "query DoctorAccounts {\n  users(role: DOCTOR, first: 100) {\n    nodes {\n      id\n      displayName\n      active\n    }\n  }\n}": typeof types.DoctorAccountsDocument,
    "mutation MarkNoShow($input: AppointmentIdInput!) {\n  markNoShow(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.MarkNoShowDocument,
    "query MyPractitionerProfile {\n  myPractitionerProfile {\n    id\n    displayName\n    consultationMinutes\n    bio\n    languages\n    active\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}": typeof types.MyPractitionerProfileDocument,
    "query MyWorkingHours {\n  myWorkingHours {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": typeof types.MyWorkingHoursDocument,
    "query SchedulingPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      phone\n    }\n  }\n}": typeof types.SchedulingPatientPickerDocument,
    "query PractitionerAvailability($id: ID!) {\n  practitioner(id: $id) {\n    id\n    displayName\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n  availabilityExceptions(practitionerId: $id) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}": typeof types.PractitionerAvailabilityDocument,
    "query Practitioners($specialty: String, $first: Int, $after: String) {\n  practitioners(specialty: $specialty, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      active\n      specialty\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n      languages\n      bio\n      consultationMinutes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PractitionersDocument,
    "mutation RemoveAvailabilityException($input: RemoveAvailabilityExceptionInput!) {\n  removeAvailabilityException(input: $input)\n}": typeof types.RemoveAvailabilityExceptionDocument,
    "mutation ReportDelay($input: ReportDelayInput!) {\n  reportDelay(input: $input) {\n    id\n    startsAt\n    endsAt\n    originalStartsAt\n    version\n  }\n}": typeof types.ReportDelayDocument,
    "mutation RequestWaitlist($input: RequestWaitlistInput!) {\n  requestWaitlist(input: $input) {\n    id\n    status\n  }\n}": typeof types.RequestWaitlistDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": typeof types.RescheduleAppointmentDocument,
    "mutation SetMyWorkingHours($input: SetMyWorkingHoursInput!) {\n  setMyWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": typeof types.SetMyWorkingHoursDocument,
    "mutation SetStaffWorkingHours($input: SetStaffWorkingHoursInput!) {\n  setStaffWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": typeof types.SetStaffWorkingHoursDocument,
    "mutation SetWeeklyAvailability($input: SetWeeklyAvailabilityInput!) {\n  setWeeklyAvailability(input: $input) {\n    id\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n}": typeof types.SetWeeklyAvailabilityDocument,
    "query Specialties {\n  specialties {\n    code\n    labelFr\n    labelEn\n  }\n}": typeof types.SpecialtiesDocument,
    "fragment StaffHoursEntry on StaffHours {\n  userId\n  displayName\n  role\n  jobTitle\n  spans {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": typeof types.StaffHoursEntryFragmentDoc,
    "fragment StaffHoursName on StaffHours {\n  userId\n  displayName\n}": typeof types.StaffHoursNameFragmentDoc,
    "query StaffHoursRoster($search: String, $role: Role, $first: Int, $after: String) {\n  staffHoursRoster(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...StaffHoursEntry\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.StaffHoursRosterDocument,
    "query StaffHours($userId: ID!) {\n  staffHours(userId: $userId) {\n    ...StaffHoursEntry\n  }\n}": typeof types.StaffHoursDocument,
    "mutation StartAppointment($input: AppointmentIdInput!) {\n  startAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.StartAppointmentDocument,
    "mutation UpdateMyPractitionerProfile($input: UpdateMyPractitionerProfileInput!) {\n  updateMyPractitionerProfile(input: $input) {\n    id\n    bio\n    languages\n    consultationMinutes\n  }\n}": typeof types.UpdateMyPractitionerProfileDocument,
    "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    id\n    displayName\n    active\n    specialty\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n    languages\n    bio\n    consultationMinutes\n  }\n}": typeof types.UpsertPractitionerDocument,
    "query VisitHistory($patientId: ID!, $first: Int, $after: String) {\n  visitHistory(patientId: $patientId, first: $first, after: $after) {\n    nodes {\n      id\n      startsAt\n      reason\n      encounterId\n      practitioner {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.VisitHistoryDocument,
    "query Waitlist($patientId: ID) {\n  waitlist(patientId: $patientId) {\n    id\n    status\n    fromDate\n    toDate\n    specialty\n    reason\n    createdAt\n    patient {\n      id\n      displayName\n      phone\n    }\n    practitioner {\n      id\n      displayName\n    }\n    offer {\n      id\n      startsAt\n      endsAt\n      expiresAt\n      status\n    }\n  }\n}": typeof types.WaitlistDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}": typeof types.CreateUserDocument,
    "mutation ResetUserMfa($id: ID!) {\n  resetUserMfa(id: $id) {\n    ...UserFields\n  }\n}": typeof types.ResetUserMfaDocument,
    "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}": typeof types.ResetUserPasswordDocument,
    "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}": typeof types.UpdateUserDocument,
    "fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}": typeof types.UserFieldsFragmentDoc,
    "query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}": typeof types.UserDocument,
    "query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.UsersDocument,
    "mutation AddBed($input: AddBedInput!) {\n  addBed(input: $input) {\n    id\n    label\n    condition\n  }\n}": typeof types.AddBedDocument,
    "mutation AdmitPatient($input: AdmitPatientInput!) {\n  admitPatient(input: $input) {\n    id\n    status\n  }\n}": typeof types.AdmitPatientDocument,
    "mutation AssignNurses($input: AssignNursesInput!) {\n  assignNurses(input: $input) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}": typeof types.AssignNursesDocument,
    "query AttendingCandidates {\n  attendingCandidates {\n    userId\n    name\n    jobTitle\n  }\n}": typeof types.AttendingCandidatesDocument,
    "subscription BedBoardChanged($wardId: ID) {\n  bedBoardChanged(wardId: $wardId) {\n    wardId\n    bedId\n    change\n  }\n}": typeof types.BedBoardChangedDocument,
    "query BedBoard($wardId: ID!, $clinical: Boolean!) {\n  bedBoard(wardId: $wardId) {\n    asOf\n    shift\n    ward {\n      id\n      name\n      floor\n    }\n    nurses {\n      id\n      nurseUserId\n      nurseName\n    }\n    beds {\n      bedId\n      label\n      roomId\n      roomNumber\n      roomKind\n      isolationCapable\n      status\n      condition\n      conditionReason\n      conditionSince\n      reservationId\n      reservedFor\n      reservedPatientName\n      reservedPatientId\n      occupant {\n        admissionId\n        patientId\n        name\n        mrn\n        age\n        sex\n        days\n        admittedAt\n        attendingName\n        attendingUserId\n        clinicalShown\n        news2Score @include(if: $clinical)\n        news2Risk @include(if: $clinical)\n        allergyFlag @include(if: $clinical)\n        newResults @include(if: $clinical)\n      }\n    }\n  }\n}": typeof types.BedBoardDocument,
    "mutation CancelAdmission($input: CancelAdmissionInput!) {\n  cancelAdmission(input: $input) {\n    id\n    status\n  }\n}": typeof types.CancelAdmissionDocument,
    "mutation CancelBedReservation($input: ReservationIdInput!) {\n  cancelBedReservation(input: $input) {\n    id\n  }\n}": typeof types.CancelBedReservationDocument,
    "mutation DischargePatient($input: DischargePatientInput!) {\n  dischargePatient(input: $input) {\n    id\n    status\n  }\n}": typeof types.DischargePatientDocument,
    "fragment InpatientRowFields on InpatientRow {\n  admissionId\n  patientId\n  name\n  mrn\n  age\n  sex\n  days\n  wardId\n  wardName\n  roomNumber\n  bedId\n  bedLabel\n  attendingName\n  reason\n  news2Score\n  news2Risk\n  news2At\n  allergyFlag\n  newResults\n}": typeof types.InpatientRowFieldsFragmentDoc,
    "query MyPatients {\n  myPatients {\n    ...InpatientRowFields\n  }\n}": typeof types.MyPatientsDocument,
    "query MyRound {\n  myRound {\n    ...InpatientRowFields\n  }\n}": typeof types.MyRoundDocument,
    "query NurseAssignments($date: LocalDate!, $wardId: ID) {\n  nurseAssignments(date: $date, wardId: $wardId) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}": typeof types.NurseAssignmentsDocument,
    "query NurseCandidates {\n  nurseCandidates {\n    userId\n    name\n    jobTitle\n  }\n}": typeof types.NurseCandidatesDocument,
    "query PatientAdmissions($patientId: ID!, $clinical: Boolean!) {\n  patient(id: $patientId) {\n    id\n    displayName\n    mrn\n  }\n  admissions(patientId: $patientId) {\n    id\n    status\n    source\n    reason @include(if: $clinical)\n    admittedAt\n    dischargedAt\n    dischargeDestination\n    dischargeSummary @include(if: $clinical)\n    cancelledAt\n    cancelReason\n    attendingName\n    stays {\n      id\n      startedAt\n      endedAt\n      transferReason\n      bed {\n        id\n        label\n      }\n      ward {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.PatientAdmissionsDocument,
    "mutation RemoveBed($input: BedIdInput!) {\n  removeBed(input: $input) {\n    id\n  }\n}": typeof types.RemoveBedDocument,
    "mutation ReserveBed($input: ReserveBedInput!) {\n  reserveBed(input: $input) {\n    id\n    plannedFor\n    note\n  }\n}": typeof types.ReserveBedDocument,
    "mutation SaveRoom($input: SaveRoomInput!) {\n  saveRoom(input: $input) {\n    id\n    number\n    kind\n    isolationCapable\n  }\n}": typeof types.SaveRoomDocument,
    "mutation SaveWard($input: SaveWardInput!) {\n  saveWard(input: $input) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n  }\n}": typeof types.SaveWardDocument,
    "mutation SetBedStatus($input: SetBedStatusInput!) {\n  setBedStatus(input: $input) {\n    id\n    condition\n    conditionReason\n    version\n  }\n}": typeof types.SetBedStatusDocument,
    "query TransferBeds($wardId: ID!) {\n  bedBoard(wardId: $wardId) {\n    ward {\n      id\n      name\n    }\n    beds {\n      bedId\n      label\n      roomNumber\n      status\n    }\n  }\n}": typeof types.TransferBedsDocument,
    "mutation TransferPatient($input: TransferPatientInput!) {\n  transferPatient(input: $input) {\n    id\n    status\n  }\n}": typeof types.TransferPatientDocument,
    "query WardPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      age\n      sex\n      status\n    }\n  }\n}": typeof types.WardPatientPickerDocument,
    "query WardStructure($id: ID!) {\n  ward(id: $id) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n    rooms {\n      id\n      number\n      kind\n      isolationCapable\n      beds {\n        id\n        label\n        condition\n      }\n    }\n  }\n}": typeof types.WardStructureDocument,
    "query Wards {\n  wards {\n    id\n    name\n    floor\n    service\n    beds\n    free\n    occupied\n    reserved\n    toClean\n    outOfService\n  }\n}": typeof types.WardsDocument,
    "mutation WriteDischargeSummary($input: WriteDischargeSummaryInput!) {\n  writeDischargeSummary(input: $input) {\n    id\n    dischargeSummary\n  }\n}": typeof types.WriteDischargeSummaryDocument,
};
const documents: Documents = {
    "query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    emailVerifiedAt\n    remindersOptOut\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}": types.MeDocument,
    "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}": types.ResendVerificationEmailDocument,
    "mutation SetReminderOptOut($optOut: Boolean!) {\n  setReminderOptOut(optOut: $optOut) {\n    id\n    remindersOptOut\n  }\n}": types.SetReminderOptOutDocument,
    "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}": types.UpdateMyProfileDocument,
    "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuditEventsDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}": types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.RefreshSessionDocument,
    "mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.RegisterPatientDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": types.ResetPasswordDocument,
    "fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  mfaRequired\n  givenName\n  familyName\n  displayName\n  locale\n  capabilities\n}": types.SessionUserFragmentDoc,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}": types.VerifyEmailDocument,
    "mutation AddManualCharge($input: AddManualChargeInput!) {\n  addManualCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}": types.AddManualChargeDocument,
    "query BillingPatient($id: ID!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    insurance {\n      payer\n      memberNumber\n    }\n  }\n}": types.BillingPatientDocument,
    "query BillingSettings {\n  billingSettings {\n    currency\n    minorDigits\n  }\n}": types.BillingSettingsDocument,
    "query BillingWorklist($search: String, $first: Int) {\n  billingWorklist(search: $search, first: $first) {\n    patientId\n    patientName\n    mrn\n    since\n    unbilledCharges\n    unbilledMinor\n    unpricedCharges\n    patientDueMinor\n    insurerDueMinor\n  }\n}": types.BillingWorklistDocument,
    "query CashUpPreview {\n  cashUpPreview {\n    paymentCount\n    expectedCashMinor\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}": types.CashUpPreviewDocument,
    "query CashUps($from: LocalDate!, $to: LocalDate!) {\n  cashUps(from: $from, to: $to) {\n    id\n    cashierName\n    closedAt\n    day\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}": types.CashUpsDocument,
    "fragment BillingChargeFields on Charge {\n  id\n  actKind\n  code\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  reason\n}": types.BillingChargeFieldsFragmentDoc,
    "mutation CloseCashDay($input: CloseCashDayInput!) {\n  closeCashDay(input: $input) {\n    id\n    closedAt\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n  }\n}": types.CloseCashDayDocument,
    "mutation CreateInvoice($input: CreateInvoiceInput!) {\n  createInvoice(input: $input) {\n    ...BillingInvoiceSummary\n    lines {\n      ...BillingInvoiceLineFields\n    }\n  }\n}": types.CreateInvoiceDocument,
    "mutation DiscardDraftInvoice($invoiceId: ID!) {\n  discardDraftInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}": types.DiscardDraftInvoiceDocument,
    "query InsuranceCoverages {\n  insuranceCoverages {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n    updatedAt\n  }\n}": types.InsuranceCoveragesDocument,
    "fragment BillingInvoiceLineFields on InvoiceLine {\n  id\n  position\n  actKind\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  insurerMinor\n  patientMinor\n}": types.BillingInvoiceLineFieldsFragmentDoc,
    "query InvoicePdf($invoiceId: ID!, $language: Locale) {\n  invoicePdf(invoiceId: $invoiceId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": types.InvoicePdfDocument,
    "fragment BillingInvoiceSummary on Invoice {\n  id\n  kind\n  number\n  status\n  createdAt\n  issuedAt\n  currency\n  totalMinor\n  insurerMinor\n  patientMinor\n  paidPatientMinor\n  paidInsurerMinor\n  balanceMinor\n  payer\n}": types.BillingInvoiceSummaryFragmentDoc,
    "query Invoice($id: ID!) {\n  invoice(id: $id) {\n    ...BillingInvoiceSummary\n    patientId\n    patientName\n    memberNumber\n    issuedByName\n    reason\n    creditedInvoiceId\n    cancelledAt\n    lines {\n      ...BillingInvoiceLineFields\n    }\n    payments {\n      ...BillingPaymentFields\n    }\n  }\n}": types.InvoiceDocument,
    "mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    ...BillingInvoiceSummary\n  }\n}": types.IssueCreditNoteDocument,
    "mutation IssueInvoice($invoiceId: ID!) {\n  issueInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}": types.IssueInvoiceDocument,
    "query MyInvoices {\n  myInvoices {\n    ...BillingInvoiceSummary\n  }\n}": types.MyInvoicesDocument,
    "query PatientBilling($patientId: ID!) {\n  patientBilling(patientId: $patientId) {\n    patientId\n    currency\n    patientDueMinor\n    insurerDueMinor\n    unbilledCharges {\n      ...BillingChargeFields\n    }\n    invoices {\n      ...BillingInvoiceSummary\n      lines {\n        ...BillingInvoiceLineFields\n      }\n    }\n  }\n}": types.PatientBillingDocument,
    "fragment BillingPaymentFields on Payment {\n  id\n  amountMinor\n  method\n  reference\n  reason\n  receiptNumber\n  receivedAt\n  receivedByName\n  refundOfId\n}": types.BillingPaymentFieldsFragmentDoc,
    "fragment BillingPaymentTotals on PaymentTotals {\n  CASH\n  CARD\n  MOBILE_MONEY\n  BANK_TRANSFER\n  INSURANCE\n}": types.BillingPaymentTotalsFragmentDoc,
    "mutation PriceCharge($input: PriceChargeInput!) {\n  priceCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}": types.PriceChargeDocument,
    "query ReceiptPdf($paymentId: ID!, $language: Locale) {\n  receiptPdf(paymentId: $paymentId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": types.ReceiptPdfDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}": types.RecordPaymentDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}": types.RefundPaymentDocument,
    "mutation SetInsuranceCoverage($input: SetCoverageInput!) {\n  setInsuranceCoverage(input: $input) {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n  }\n}": types.SetInsuranceCoverageDocument,
    "mutation SetTariff($input: SetTariffInput!) {\n  setTariff(input: $input) {\n    id\n    actKind\n    code\n    amountMinor\n    validFrom\n    validTo\n  }\n}": types.SetTariffDocument,
    "query Tariffs($actKind: ActKind) {\n  tariffs(actKind: $actKind) {\n    id\n    actKind\n    code\n    labelFr\n    labelEn\n    amountMinor\n    validFrom\n    validTo\n    createdAt\n  }\n}": types.TariffsDocument,
    "query EmergencyAccessState($patientId: ID!) {\n  emergencyAccessState(patientId: $patientId) {\n    mayOpen\n    activeUntil\n  }\n}": types.EmergencyAccessStateDocument,
    "query EmergencyAccesses($status: EmergencyAccessStatus, $first: Int, $after: String) {\n  emergencyAccesses(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      clinicianName\n      clinicianRole\n      patientId\n      patientName\n      reason\n      openedAt\n      expiresAt\n      active\n      status\n      reviewedByName\n      reviewedAt\n      reviewNote\n    }\n  }\n}": types.EmergencyAccessesDocument,
    "mutation OpenEmergencyAccess($input: OpenEmergencyAccessInput!) {\n  openEmergencyAccess(input: $input) {\n    id\n    expiresAt\n  }\n}": types.OpenEmergencyAccessDocument,
    "mutation ReviewEmergencyAccess($input: ReviewEmergencyAccessInput!) {\n  reviewEmergencyAccess(input: $input) {\n    id\n    status\n    reviewedByName\n    reviewedAt\n    reviewNote\n  }\n}": types.ReviewEmergencyAccessDocument,
    "mutation AmendEmergencyCase($input: AmendEmergencyCaseInput!) {\n  amendEmergencyCase(input: $input) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}": types.AmendEmergencyCaseDocument,
    "mutation CloseEmergencyCase($input: CloseEmergencyCaseInput!, $clinical: Boolean!) {\n  closeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": types.CloseEmergencyCaseDocument,
    "fragment EmergencyCaseDetail on EmergencyCase {\n  id\n  arrivedAt\n  mode\n  complaint\n  complaintText @include(if: $clinical)\n  status\n  level\n  triagedAt\n  area\n  areaLabel\n  doctorUserId\n  doctorName\n  doctorAt\n  outcome\n  outcomeNote @include(if: $clinical)\n  transferTo\n  admissionId\n  closedAt\n  unknownIdentity\n  temporaryPatientId\n  identityDescription\n  estimatedAge\n  registeredByName\n  version\n  patient {\n    id\n    displayName\n    mrn\n    age\n    sex\n  }\n  wait {\n    waitedMinutes\n    targetMinutes\n    dueAt\n    breached\n  }\n  triages @include(if: $clinical) {\n    id\n    level\n    at\n    byName\n    news2Score\n    news2Risk\n    note\n    vitalsId\n  }\n  amendments @include(if: $clinical) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}": types.EmergencyCaseDetailFragmentDoc,
    "query EmergencyCase($id: ID!, $clinical: Boolean!) {\n  emergencyCase(id: $id) {\n    ...EmergencyCaseDetail\n  }\n}": types.EmergencyCaseDocument,
    "subscription EmergencyQueueChanged {\n  emergencyQueueChanged {\n    caseId\n    change\n  }\n}": types.EmergencyQueueChangedDocument,
    "query EmergencyQueue($clinical: Boolean!) {\n  emergencyQueue {\n    asOf\n    breached\n    cases {\n      caseId\n      patientId\n      name\n      mrn\n      age\n      sex\n      unknownIdentity\n      arrivedAt\n      mode\n      complaint\n      complaintText @include(if: $clinical)\n      status\n      level\n      area\n      areaLabel\n      doctorUserId\n      doctorName\n      wait {\n        waitedMinutes\n        targetMinutes\n        dueAt\n        breached\n      }\n      news2Score @include(if: $clinical)\n      news2Risk @include(if: $clinical)\n      version\n    }\n  }\n}": types.EmergencyQueueDocument,
    "mutation MoveEmergencyCase($input: MoveEmergencyCaseInput!, $clinical: Boolean!) {\n  moveEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": types.MoveEmergencyCaseDocument,
    "query MyEmergencyVisits {\n  myEmergencyVisits {\n    id\n    arrivedAt\n    complaint\n    status\n    level\n    outcome\n    closedAt\n    transferTo\n  }\n}": types.MyEmergencyVisitsDocument,
    "mutation RegisterEmergencyArrival($input: RegisterEmergencyArrivalInput!) {\n  registerEmergencyArrival(input: $input) {\n    id\n    patient {\n      id\n      displayName\n    }\n  }\n}": types.RegisterEmergencyArrivalDocument,
    "mutation TakeEmergencyCase($input: TakeEmergencyCaseInput!, $clinical: Boolean!) {\n  takeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": types.TakeEmergencyCaseDocument,
    "mutation TriageEmergencyCase($input: TriageEmergencyCaseInput!, $clinical: Boolean!) {\n  triageEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}": types.TriageEmergencyCaseDocument,
    "query MailOutbox($status: MailStatus, $first: Int, $after: String) {\n  mailOutbox(status: $status, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      to\n      subject\n      text\n      kind\n      status\n      attempts\n      createdAt\n      sentAt\n      error\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.MailOutboxDocument,
    "mutation ConfirmMfaEnrolment($code: String!) {\n  confirmMfaEnrolment(code: $code) {\n    recoveryCodes\n    user {\n      ...SessionUser\n    }\n  }\n}": types.ConfirmMfaEnrolmentDocument,
    "mutation DisableMfa($code: String!) {\n  disableMfa(code: $code) {\n    ...SessionUser\n  }\n}": types.DisableMfaDocument,
    "mutation StartMfaEnrolment {\n  startMfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeDataUrl\n  }\n}": types.StartMfaEnrolmentDocument,
    "mutation VerifyMfa($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.VerifyMfaDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n  markNotificationRead(input: $input) {\n    id\n    readAt\n  }\n}": types.MarkNotificationReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    params\n    urgent\n    link\n    readAt\n    createdAt\n  }\n}": types.NotificationAddedDocument,
    "query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      readAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation DiscardOfflineEntry($input: DiscardOfflineEntryInput!) {\n  discardOfflineEntry(input: $input) {\n    id\n    discardedAt\n  }\n}": types.DiscardOfflineEntryDocument,
    "query MyShiftPack {\n  myShiftPack {\n    kind\n    asOf\n    shiftEndsAt\n    version\n    patients {\n      patientId\n      birthDate\n      allergyStatus\n      inpatient {\n        ...InpatientRowFields\n      }\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n      activeProblems {\n        id\n        code\n        label\n        rank\n        occurredAt\n      }\n      activePrescriptions {\n        ...RecordsPrescription\n      }\n      administrations {\n        id\n        status\n        occurredAt\n        scheduledAt\n        prescriptionId\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n      vitals {\n        ...RecordsVitals\n      }\n      labResults {\n        ...RecordsLabResult\n      }\n      careNotes {\n        id\n        category\n        text\n        occurredAt\n        recordedByName\n        authorRole\n      }\n    }\n    day\n    practitioner {\n      id\n      displayName\n      consultationMinutes\n      bio\n      languages\n      active\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n    dosesDue {\n      scheduledAt\n      state\n      prescription {\n        id\n        patientId\n        medicationName\n        strength\n        dose\n        doseUnit\n        route\n      }\n      administration {\n        id\n        status\n        occurredAt\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n    }\n  }\n}": types.MyShiftPackDocument,
    "mutation CloseMyAccount($input: CloseMyAccountInput!) {\n  closeMyAccount(input: $input)\n}": types.CloseMyAccountDocument,
    "query MyRecordExport {\n  myRecordExport\n}": types.MyRecordExportDocument,
    "query MyRecordPdf($language: Locale) {\n  myRecordPdf(language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}": types.MyRecordPdfDocument,
    "mutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    patient {\n      id\n      mrn\n      displayName\n      version\n    }\n    duplicates {\n      reasons\n      patient {\n        id\n        mrn\n        displayName\n        birthDate\n      }\n    }\n  }\n}": types.CreatePatientDocument,
    "mutation MergePatients($input: MergePatientsInput!) {\n  mergePatients(input: $input) {\n    movedReferences\n    survivor {\n      id\n      mrn\n      displayName\n    }\n    duplicate {\n      id\n      status\n    }\n  }\n}": types.MergePatientsDocument,
    "query MyPatientProfile {\n  me {\n    id\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      age\n      sex\n      status\n      bloodGroup\n      weightKg\n      version\n      phone\n      secondaryPhone\n      email\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      preferredLanguage\n      emergencyContact {\n        name\n        relation\n        phone\n      }\n      insurance {\n        payer\n        memberNumber\n      }\n      allergyStatus\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n    }\n  }\n}": types.MyPatientProfileDocument,
    "fragment PatientAllergyFields on Allergy {\n  id\n  substance\n  reaction\n  severity\n  status\n  kind\n  note\n  recordedAt\n  recordedByName\n  version\n}": types.PatientAllergyFieldsFragmentDoc,
    "query PatientHeader($id: ID!, $clinical: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    bloodGroup @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergies @include(if: $clinical) {\n      id\n      substance\n      reaction\n      severity\n      status\n      kind\n    }\n  }\n}": types.PatientHeaderDocument,
    "query PatientRecord($id: ID!, $clinical: Boolean!, $contact: Boolean!, $insurance: Boolean!, $registrar: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n    version\n    mergedInto {\n      id\n      mrn\n      displayName\n    }\n    bloodGroup @include(if: $clinical)\n    weightKg @include(if: $clinical)\n    heightCm @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergyStatusRecordedAt @include(if: $clinical)\n    allergies(includeEnteredInError: true) @include(if: $clinical) {\n      ...PatientAllergyFields\n    }\n    phone @include(if: $contact)\n    secondaryPhone @include(if: $contact)\n    email @include(if: $contact)\n    address @include(if: $contact) {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    emergencyContact @include(if: $contact) {\n      name\n      relation\n      phone\n    }\n    insurance @include(if: $insurance) {\n      payer\n      memberNumber\n    }\n    administrativeNotes @include(if: $registrar)\n  }\n}": types.PatientRecordDocument,
    "query PatientSearch($search: String, $first: Int, $after: String, $clinical: Boolean!) {\n  patients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      mrn\n      displayName\n      birthDate\n      age\n      sex\n      status\n      allergyStatus @include(if: $clinical)\n    }\n  }\n}": types.PatientSearchDocument,
    "query PossiblePatientDuplicates($input: PatientDuplicatesInput!) {\n  possiblePatientDuplicates(input: $input) {\n    reasons\n    patient {\n      id\n      mrn\n      displayName\n      birthDate\n    }\n  }\n}": types.PossiblePatientDuplicatesDocument,
    "mutation RecordAllergy($input: RecordAllergyInput!) {\n  recordAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}": types.RecordAllergyDocument,
    "mutation RecordNoKnownAllergies($input: RecordNoKnownAllergiesInput!) {\n  recordNoKnownAllergies(input: $input) {\n    id\n    allergyStatus\n    allergyStatusRecordedAt\n  }\n}": types.RecordNoKnownAllergiesDocument,
    "mutation UpdateAllergy($input: UpdateAllergyInput!) {\n  updateAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}": types.UpdateAllergyDocument,
    "mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n  updateMyContactDetails(input: $input) {\n    id\n    version\n    phone\n    secondaryPhone\n    email\n    address {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    preferredLanguage\n    emergencyContact {\n      name\n      relation\n      phone\n    }\n  }\n}": types.UpdateMyContactDetailsDocument,
    "mutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    id\n    version\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n  }\n}": types.UpdatePatientDocument,
    "query ActivePrescriptions($patientId: ID!) {\n  prescriptions(patientId: $patientId, activeOnly: true) {\n    id\n    medicationName\n    strength\n    form\n    dose\n    doseUnit\n    route\n    asNeeded\n    intervalHours\n    scheduleTimes\n    status\n  }\n}": types.ActivePrescriptionsDocument,
    "mutation AdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": types.AdjustStockDocument,
    "mutation Dispense($input: DispenseInput!) {\n  dispense(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": types.DispenseDocument,
    "query DispensingWorklist($wardId: ID!) {\n  dispensingWorklist(wardId: $wardId) {\n    prescriptionId\n    patientId\n    patientName\n    bedLabel\n    medicationName\n    itemId\n    item {\n      ...PharmacyItemFields\n    }\n    unitsPerDose\n    dosesNext24h\n    nextDoseAt\n    unitsNeeded\n    unitsCovered\n    unitsToDispense\n  }\n}": types.DispensingWorklistDocument,
    "fragment PharmacyLotFields on StockLot {\n  id\n  lotNumber\n  expiryDate\n  status\n  supplier\n  receivedQuantity\n  recallReason\n  recalledAt\n  item {\n    id\n    nameFr\n    nameEn\n    unitOfIssue\n  }\n}": types.PharmacyLotFieldsFragmentDoc,
    "query LotTrace($lotId: ID!) {\n  lotTrace(lotId: $lotId) {\n    lot {\n      ...PharmacyLotFields\n    }\n    locations {\n      locationId\n      locationName\n      quantity\n    }\n    movements {\n      ...PharmacyMovementFields\n    }\n    patients {\n      patientId\n      patientName\n      currentInpatient\n      unitsDispensed\n      unitsAdministered\n      administrations {\n        id\n        prescriptionId\n        medicationName\n        administeredAt\n        dose\n        doseUnit\n        recordedByName\n      }\n    }\n  }\n}": types.LotTraceDocument,
    "mutation RecallLot($input: RecallLotInput!) {\n  recallLot(input: $input) {\n    ...PharmacyLotFields\n  }\n}": types.RecallLotDocument,
    "mutation ReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": types.ReceiveStockDocument,
    "query StockAlerts($kind: StockAlertKind) {\n  stockAlerts(kind: $kind) {\n    id\n    kind\n    itemId\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n    locationId\n    location {\n      id\n      name\n    }\n    lotId\n    lot {\n      id\n      lotNumber\n    }\n    expiryDate\n    quantity\n    reorderLevel\n    raisedAt\n    computedAt\n  }\n}": types.StockAlertsDocument,
    "fragment PharmacyItemFields on StockItem {\n  id\n  kind\n  nameFr\n  nameEn\n  inn\n  form\n  strength\n  unitOfIssue\n  reorderLevel\n  active\n}": types.PharmacyItemFieldsFragmentDoc,
    "query StockItemLevel($locationId: ID!, $itemId: ID!) {\n  stockLevels(locationId: $locationId, itemId: $itemId) {\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n        unitPriceCents\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n          supplier\n          unitCostCents\n        }\n      }\n    }\n  }\n}": types.StockItemLevelDocument,
    "query StockItemMovements($itemId: ID!, $first: Int) {\n  stockMovements(filter: {itemId: $itemId}, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyMovementFields\n    }\n  }\n}": types.StockItemMovementsDocument,
    "query StockItemSearch($search: String, $first: Int) {\n  stockItems(search: $search, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyItemFields\n    }\n  }\n}": types.StockItemSearchDocument,
    "query StockLevels($locationId: ID!, $search: String, $kind: StockItemKind, $filter: StockLevelFilter, $first: Int, $after: String, $withTotal: Boolean! = true) {\n  stockLevels(\n    locationId: $locationId\n    search: $search\n    kind: $kind\n    filter: $filter\n    first: $first\n    after: $after\n  ) {\n    totalCount @include(if: $withTotal)\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n        }\n      }\n    }\n  }\n}": types.StockLevelsDocument,
    "query StockLocations {\n  stockLocations {\n    id\n    kind\n    name\n    wardId\n  }\n}": types.StockLocationsDocument,
    "fragment PharmacyMovementFields on StockMovement {\n  id\n  at\n  kind\n  quantity\n  byName\n  reason\n  writeOffReason\n  lotChoiceReason\n  lot {\n    id\n    lotNumber\n    expiryDate\n  }\n  fromLocation {\n    id\n    name\n  }\n  toLocation {\n    id\n    name\n  }\n}": types.PharmacyMovementFieldsFragmentDoc,
    "fragment PharmacyOperationFields on StockOperation {\n  id\n  at\n  kind\n  byName\n  movements {\n    ...PharmacyMovementFields\n    unitCostCents\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n  }\n}": types.PharmacyOperationFieldsFragmentDoc,
    "query StockValuation($at: LocalDate!, $locationId: ID) {\n  stockValuation(at: $at, locationId: $locationId) {\n    at\n    locationId\n    locationName\n    valueCents\n    lines {\n      itemId\n      item {\n        id\n        nameFr\n        nameEn\n        unitOfIssue\n      }\n      onHand\n      averageUnitCostCents\n      valueCents\n    }\n  }\n}": types.StockValuationDocument,
    "mutation WriteOffStock($input: WriteOffStockInput!) {\n  writeOffStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}": types.WriteOffStockDocument,
    "mutation AddCareNote($input: AddCareNoteInput!) {\n  addCareNote(input: $input) {\n    id\n    category\n    text\n    occurredAt\n  }\n}": types.AddCareNoteDocument,
    "mutation AddDiagnosis($input: AddDiagnosisInput!) {\n  addDiagnosis(input: $input) {\n    id\n    code\n    label\n    rank\n    status\n    uncoded\n  }\n}": types.AddDiagnosisDocument,
    "query Attachments($patientId: ID!, $first: Int) {\n  attachments(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n      fileName\n      contentType\n      sizeBytes\n      occurredAt\n      recordedByName\n      url\n    }\n  }\n}": types.AttachmentsDocument,
    "query CareNotes($patientId: ID!, $first: Int) {\n  careNotes(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      category\n      text\n      occurredAt\n      recordedByName\n      authorRole\n    }\n  }\n}": types.CareNotesDocument,
    "query ChartPatientSearch($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      mrn\n      displayName\n      age\n      sex\n      allergyStatus\n    }\n  }\n}": types.ChartPatientSearchDocument,
    "mutation CollectLabSpecimens($input: CollectLabSpecimensInput!) {\n  collectLabSpecimens(input: $input) {\n    ...RecordsLabOrder\n  }\n}": types.CollectLabSpecimensDocument,
    "mutation CompleteEncounter($input: CompleteEncounterInput!) {\n  completeEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}": types.CompleteEncounterDocument,
    "mutation CreateEncounter($input: CreateEncounterInput!) {\n  createEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}": types.CreateEncounterDocument,
    "query EncounterDetail($id: ID!) {\n  encounter(id: $id) {\n    ...RecordsEncounter\n    subjective\n    objective\n    assessment\n    plan\n    recordedByName\n  }\n}": types.EncounterDetailDocument,
    "mutation EnterLabResult($input: EnterLabResultInput!) {\n  enterLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}": types.EnterLabResultDocument,
    "query Icd10Codes($search: String, $first: Int) {\n  icd10Codes(search: $search, first: $first) {\n    code\n    titleEn\n    titleFr\n  }\n}": types.Icd10CodesDocument,
    "query LabTests($search: String) {\n  labTests(search: $search) {\n    id\n    code\n    nameEn\n    nameFr\n    specimen\n    unit\n    numeric\n    referenceRanges {\n      sex\n      minAgeYears\n      maxAgeYears\n      low\n      high\n      criticalLow\n      criticalHigh\n    }\n  }\n}": types.LabTestsDocument,
    "query LabWorklist($statuses: [LabOrderStatus!], $first: Int, $after: String) {\n  labOrders(filter: {statuses: $statuses}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RecordsLabOrder\n      clinicalInfo\n      patient {\n        id\n        displayName\n        mrn\n        age\n        sex\n      }\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}": types.LabWorklistDocument,
    "mutation MarkEnteredInError($input: MarkEnteredInErrorInput!) {\n  markEnteredInError(input: $input) {\n    id\n    kind\n    enteredInError\n  }\n}": types.MarkEnteredInErrorDocument,
    "query MedicationSchedule($patientId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  medicationSchedule(patientId: $patientId, from: $from, to: $to) {\n    scheduledAt\n    state\n    prescription {\n      id\n      medicationName\n      strength\n      dose\n      doseUnit\n      route\n    }\n    administration {\n      id\n      status\n      occurredAt\n      dose\n      doseUnit\n      reason\n      recordedByName\n    }\n  }\n}": types.MedicationScheduleDocument,
    "query MyPatientId {\n  me {\n    id\n    patient {\n      id\n    }\n  }\n}": types.MyPatientIdDocument,
    "query MyRecord($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 10) {\n      ...RecordsVitals\n    }\n  }\n  encounters(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsEncounter\n    }\n  }\n  labResults(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsLabResult\n    }\n  }\n}": types.MyRecordDocument,
    "mutation OrderLabTests($input: OrderLabTestsInput!) {\n  orderLabTests(input: $input) {\n    ...RecordsLabOrder\n  }\n}": types.OrderLabTestsDocument,
    "query PatientChart($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activeProblems {\n      id\n      code\n      label\n      rank\n      occurredAt\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 20) {\n      ...RecordsVitals\n    }\n    pendingLabOrders {\n      ...RecordsLabOrder\n    }\n    recentLabResults(first: 10) {\n      ...RecordsLabResult\n    }\n    recentEncounters(first: 5) {\n      ...RecordsEncounter\n    }\n  }\n}": types.PatientChartDocument,
    "query PatientDiagnoses($patientId: ID!) {\n  diagnoses(patientId: $patientId) {\n    id\n    code\n    label\n    rank\n    status\n    encounterId\n    enteredInError\n    enteredInErrorReason\n  }\n}": types.PatientDiagnosesDocument,
    "query PatientLabOrders($patientId: ID!, $first: Int) {\n  labOrders(filter: {patientId: $patientId}, first: $first) {\n    nodes {\n      ...RecordsLabOrder\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}": types.PatientLabOrdersDocument,
    "query PatientTimeline($patientId: ID!, $first: Int, $after: String, $kinds: [ClinicalEntryKind!]) {\n  patientTimeline(\n    patientId: $patientId\n    first: $first\n    after: $after\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      occurredAt\n      enteredInError\n      encounter {\n        ...RecordsEncounter\n        enteredInErrorReason\n      }\n      diagnosis {\n        id\n        code\n        label\n        rank\n        status\n        recordedByName\n        enteredInErrorReason\n      }\n      prescription {\n        ...RecordsPrescription\n        stopReason\n        enteredInErrorReason\n      }\n      vitals {\n        ...RecordsVitals\n        enteredInErrorReason\n      }\n      careNote {\n        id\n        category\n        text\n        recordedByName\n        enteredInErrorReason\n      }\n      administration {\n        id\n        status\n        dose\n        doseUnit\n        reason\n        scheduledAt\n        prescriptionId\n        recordedByName\n      }\n      labOrder {\n        ...RecordsLabOrder\n      }\n      labResult {\n        ...RecordsLabResult\n      }\n      attachment {\n        id\n        title\n        fileName\n        contentType\n      }\n    }\n  }\n}": types.PatientTimelineDocument,
    "mutation Prescribe($input: PrescribeInput!) {\n  prescribe(input: $input) {\n    ...RecordsPrescription\n  }\n}": types.PrescribeDocument,
    "query ProposedLot($prescriptionId: ID!) {\n  proposedLot(prescriptionId: $prescriptionId) {\n    locationId\n    quantity\n    lot {\n      id\n      lotNumber\n      expiryDate\n    }\n  }\n}": types.ProposedLotDocument,
    "mutation RecordMedicationAdministration($input: RecordMedicationAdministrationInput!) {\n  recordMedicationAdministration(input: $input) {\n    id\n    status\n    scheduledAt\n    occurredAt\n    dose\n    doseUnit\n    reason\n    recordedByName\n  }\n}": types.RecordMedicationAdministrationDocument,
    "mutation RecordVitals($input: RecordVitalsInput!) {\n  recordVitals(input: $input) {\n    ...RecordsVitals\n  }\n}": types.RecordVitalsDocument,
    "fragment RecordsEncounter on Encounter {\n  id\n  kind\n  status\n  reason\n  startedAt\n  endedAt\n  practitionerName\n}": types.RecordsEncounterFragmentDoc,
    "fragment RecordsLabOrder on LabOrder {\n  id\n  testCode\n  testNameEn\n  testNameFr\n  specimen\n  priority\n  status\n  occurredAt\n  orderedByName\n  collectedAt\n}": types.RecordsLabOrderFragmentDoc,
    "fragment RecordsLabResult on LabResult {\n  id\n  orderId\n  testCode\n  testNameEn\n  testNameFr\n  valueNumeric\n  valueText\n  unit\n  flag\n  critical\n  referenceLow\n  referenceHigh\n  comment\n  occurredAt\n  validatedAt\n  validatedByName\n  recordedByName\n}": types.RecordsLabResultFragmentDoc,
    "fragment RecordsPrescription on Prescription {\n  id\n  medicationName\n  form\n  strength\n  dose\n  doseUnit\n  route\n  scheduleTimes\n  intervalHours\n  asNeeded\n  startAt\n  endAt\n  instructions\n  status\n  allergyConflicts\n  allergyOverrideReason\n  recordedByName\n}": types.RecordsPrescriptionFragmentDoc,
    "fragment RecordsVitals on VitalSigns {\n  id\n  takenAt\n  temperatureC\n  heartRate\n  systolicBp\n  diastolicBp\n  respiratoryRate\n  spo2\n  onOxygen\n  consciousness\n  painScore\n  weightKg\n  glucoseMmolL\n  news2Score\n  news2Risk\n  abnormal\n  recordedByName\n  enteredInError\n}": types.RecordsVitalsFragmentDoc,
    "mutation ResolveDiagnosis($input: ResolveDiagnosisInput!) {\n  resolveDiagnosis(input: $input) {\n    id\n    status\n    resolvedAt\n  }\n}": types.ResolveDiagnosisDocument,
    "mutation StopPrescription($input: StopPrescriptionInput!) {\n  stopPrescription(input: $input) {\n    ...RecordsPrescription\n    stoppedAt\n    stopReason\n  }\n}": types.StopPrescriptionDocument,
    "query UrgentNotifications {\n  notifications(unreadOnly: true, first: 10) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      createdAt\n    }\n  }\n}": types.UrgentNotificationsDocument,
    "mutation ValidateLabResult($input: ValidateLabResultInput!) {\n  validateLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}": types.ValidateLabResultDocument,
    "query Dashboard($period: ReportPeriodInput!, $serviceId: ID) {\n  dashboard(period: $period, serviceId: $serviceId) {\n    from\n    to\n    serviceId\n    ownActivityOnly\n    demographics {\n      patientsSeen\n      filteredByService\n      byAgeRange {\n        ageRange\n        patients\n      }\n      bySex {\n        sex\n        patients\n      }\n      cells {\n        ageRange\n        sex\n        patients\n      }\n    }\n    appointments {\n      ownActivityOnly\n      practitioners {\n        practitionerId\n        name\n        specialty\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n      total {\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n    }\n    occupancy {\n      filteredByService\n      wards {\n        wardId\n        wardName\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n      total {\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n    }\n    emergency {\n      arrivals\n      closed\n      admitted\n      medianMinutesToTriage\n      medianMinutesToDoctor\n      admissionRate\n      outcomes {\n        outcome\n        cases\n      }\n    }\n    revenue {\n      currency\n      invoicesIssued\n      creditNotesIssued\n      byActKind {\n        actKind\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      total {\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      payments {\n        receivedMinor\n        refundedMinor\n        netMinor\n      }\n      outstandingPatientMinor\n      outstandingInsurerMinor\n      outstandingMinor\n    }\n    expenses {\n      currency\n      purchasesMinor\n      purchasedUnits\n      filteredByService\n      writeOffsByReason {\n        reason\n        units\n        valueMinor\n      }\n      writeOffs {\n        units\n        valueMinor\n      }\n      totalMinor\n    }\n  }\n}": types.DashboardDocument,
    "query ReportExport($kind: ReportExportKind!, $period: ReportPeriodInput!, $serviceId: ID, $separator: CsvSeparator, $language: Locale) {\n  reportExport(\n    kind: $kind\n    period: $period\n    serviceId: $serviceId\n    separator: $separator\n    language: $language\n  ) {\n    fileName\n    contentType\n    base64\n  }\n}": types.ReportExportDocument,
    "query ReportServices {\n  reportServices {\n    id\n    name\n    wards\n  }\n}": types.ReportServicesDocument,
    "mutation AcceptWaitlistOffer($input: WaitlistIdInput!) {\n  acceptWaitlistOffer(input: $input) {\n    ...AppointmentFields\n  }\n}": types.AcceptWaitlistOfferDocument,
    "mutation AddAvailabilityException($input: AddAvailabilityExceptionInput!) {\n  addAvailabilityException(input: $input) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}": types.AddAvailabilityExceptionDocument,
    "subscription AppointmentChanged {\n  appointmentChanged {\n    appointmentId\n    practitionerId\n    kind\n  }\n}": types.AppointmentChangedDocument,
    "fragment AppointmentFields on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  cancelReason\n  version\n  practitioner {\n    id\n    displayName\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}": types.AppointmentFieldsFragmentDoc,
    "query Appointments($filter: AppointmentFilter, $first: Int, $after: String) {\n  appointments(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...AppointmentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AppointmentsDocument,
    "query AvailableSlots($practitionerId: ID, $specialty: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n  availableSlots(\n    practitionerId: $practitionerId\n    specialty: $specialty\n    from: $from\n    to: $to\n  ) {\n    practitioner {\n      id\n      displayName\n    }\n    slots {\n      startsAt\n      endsAt\n    }\n  }\n}": types.AvailableSlotsDocument,
    "fragment SchedulingBoardAppointment on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  version\n  patient {\n    id\n    displayName\n    mrn\n    phone\n  }\n}": types.SchedulingBoardAppointmentFragmentDoc,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": types.CancelAppointmentDocument,
    "mutation CancelPractitionerDay($input: CancelPractitionerDayInput!) {\n  cancelPractitionerDay(input: $input) {\n    phone\n    patient {\n      id\n      displayName\n      mrn\n    }\n    appointment {\n      id\n      startsAt\n      status\n    }\n  }\n}": types.CancelPractitionerDayDocument,
    "mutation CancelWaitlistRequest($input: WaitlistIdInput!) {\n  cancelWaitlistRequest(input: $input) {\n    id\n    status\n  }\n}": types.CancelWaitlistRequestDocument,
    "mutation CheckInAppointment($input: AppointmentIdInput!) {\n  checkInAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": types.CheckInAppointmentDocument,
    "mutation CompleteAppointment($input: AppointmentIdInput!) {\n  completeAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": types.CompleteAppointmentDocument,
    "mutation ConfirmAppointment($input: AppointmentIdInput!) {\n  confirmAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": types.ConfirmAppointmentDocument,
    "query DayBoard($date: LocalDate!, $practitionerId: ID) {\n  dayBoard(date: $date, practitionerId: $practitionerId) {\n    practitioner {\n      id\n      displayName\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n  }\n}": types.DayBoardDocument,
    "query DoctorAccounts {\n  users(role: DOCTOR, first: 100) {\n    nodes {\n      id\n      displayName\n      active\n    }\n  }\n}": types.DoctorAccountsDocument,
    "mutation MarkNoShow($input: AppointmentIdInput!) {\n  markNoShow(input: $input) {\n    id\n    status\n    version\n  }\n}": types.MarkNoShowDocument,
    "query MyPractitionerProfile {\n  myPractitionerProfile {\n    id\n    displayName\n    consultationMinutes\n    bio\n    languages\n    active\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}": types.MyPractitionerProfileDocument,
    "query MyWorkingHours {\n  myWorkingHours {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": types.MyWorkingHoursDocument,
    "query SchedulingPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      phone\n    }\n  }\n}": types.SchedulingPatientPickerDocument,
    "query PractitionerAvailability($id: ID!) {\n  practitioner(id: $id) {\n    id\n    displayName\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n  availabilityExceptions(practitionerId: $id) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}": types.PractitionerAvailabilityDocument,
    "query Practitioners($specialty: String, $first: Int, $after: String) {\n  practitioners(specialty: $specialty, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      active\n      specialty\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n      languages\n      bio\n      consultationMinutes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PractitionersDocument,
    "mutation RemoveAvailabilityException($input: RemoveAvailabilityExceptionInput!) {\n  removeAvailabilityException(input: $input)\n}": types.RemoveAvailabilityExceptionDocument,
    "mutation ReportDelay($input: ReportDelayInput!) {\n  reportDelay(input: $input) {\n    id\n    startsAt\n    endsAt\n    originalStartsAt\n    version\n  }\n}": types.ReportDelayDocument,
    "mutation RequestWaitlist($input: RequestWaitlistInput!) {\n  requestWaitlist(input: $input) {\n    id\n    status\n  }\n}": types.RequestWaitlistDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}": types.RescheduleAppointmentDocument,
    "mutation SetMyWorkingHours($input: SetMyWorkingHoursInput!) {\n  setMyWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": types.SetMyWorkingHoursDocument,
    "mutation SetStaffWorkingHours($input: SetStaffWorkingHoursInput!) {\n  setStaffWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": types.SetStaffWorkingHoursDocument,
    "mutation SetWeeklyAvailability($input: SetWeeklyAvailabilityInput!) {\n  setWeeklyAvailability(input: $input) {\n    id\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n}": types.SetWeeklyAvailabilityDocument,
    "query Specialties {\n  specialties {\n    code\n    labelFr\n    labelEn\n  }\n}": types.SpecialtiesDocument,
    "fragment StaffHoursEntry on StaffHours {\n  userId\n  displayName\n  role\n  jobTitle\n  spans {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}": types.StaffHoursEntryFragmentDoc,
    "fragment StaffHoursName on StaffHours {\n  userId\n  displayName\n}": types.StaffHoursNameFragmentDoc,
    "query StaffHoursRoster($search: String, $role: Role, $first: Int, $after: String) {\n  staffHoursRoster(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...StaffHoursEntry\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.StaffHoursRosterDocument,
    "query StaffHours($userId: ID!) {\n  staffHours(userId: $userId) {\n    ...StaffHoursEntry\n  }\n}": types.StaffHoursDocument,
    "mutation StartAppointment($input: AppointmentIdInput!) {\n  startAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}": types.StartAppointmentDocument,
    "mutation UpdateMyPractitionerProfile($input: UpdateMyPractitionerProfileInput!) {\n  updateMyPractitionerProfile(input: $input) {\n    id\n    bio\n    languages\n    consultationMinutes\n  }\n}": types.UpdateMyPractitionerProfileDocument,
    "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    id\n    displayName\n    active\n    specialty\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n    languages\n    bio\n    consultationMinutes\n  }\n}": types.UpsertPractitionerDocument,
    "query VisitHistory($patientId: ID!, $first: Int, $after: String) {\n  visitHistory(patientId: $patientId, first: $first, after: $after) {\n    nodes {\n      id\n      startsAt\n      reason\n      encounterId\n      practitioner {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.VisitHistoryDocument,
    "query Waitlist($patientId: ID) {\n  waitlist(patientId: $patientId) {\n    id\n    status\n    fromDate\n    toDate\n    specialty\n    reason\n    createdAt\n    patient {\n      id\n      displayName\n      phone\n    }\n    practitioner {\n      id\n      displayName\n    }\n    offer {\n      id\n      startsAt\n      endsAt\n      expiresAt\n      status\n    }\n  }\n}": types.WaitlistDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}": types.CreateUserDocument,
    "mutation ResetUserMfa($id: ID!) {\n  resetUserMfa(id: $id) {\n    ...UserFields\n  }\n}": types.ResetUserMfaDocument,
    "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}": types.ResetUserPasswordDocument,
    "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}": types.UpdateUserDocument,
    "fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}": types.UserFieldsFragmentDoc,
    "query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}": types.UserDocument,
    "query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.UsersDocument,
    "mutation AddBed($input: AddBedInput!) {\n  addBed(input: $input) {\n    id\n    label\n    condition\n  }\n}": types.AddBedDocument,
    "mutation AdmitPatient($input: AdmitPatientInput!) {\n  admitPatient(input: $input) {\n    id\n    status\n  }\n}": types.AdmitPatientDocument,
    "mutation AssignNurses($input: AssignNursesInput!) {\n  assignNurses(input: $input) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}": types.AssignNursesDocument,
    "query AttendingCandidates {\n  attendingCandidates {\n    userId\n    name\n    jobTitle\n  }\n}": types.AttendingCandidatesDocument,
    "subscription BedBoardChanged($wardId: ID) {\n  bedBoardChanged(wardId: $wardId) {\n    wardId\n    bedId\n    change\n  }\n}": types.BedBoardChangedDocument,
    "query BedBoard($wardId: ID!, $clinical: Boolean!) {\n  bedBoard(wardId: $wardId) {\n    asOf\n    shift\n    ward {\n      id\n      name\n      floor\n    }\n    nurses {\n      id\n      nurseUserId\n      nurseName\n    }\n    beds {\n      bedId\n      label\n      roomId\n      roomNumber\n      roomKind\n      isolationCapable\n      status\n      condition\n      conditionReason\n      conditionSince\n      reservationId\n      reservedFor\n      reservedPatientName\n      reservedPatientId\n      occupant {\n        admissionId\n        patientId\n        name\n        mrn\n        age\n        sex\n        days\n        admittedAt\n        attendingName\n        attendingUserId\n        clinicalShown\n        news2Score @include(if: $clinical)\n        news2Risk @include(if: $clinical)\n        allergyFlag @include(if: $clinical)\n        newResults @include(if: $clinical)\n      }\n    }\n  }\n}": types.BedBoardDocument,
    "mutation CancelAdmission($input: CancelAdmissionInput!) {\n  cancelAdmission(input: $input) {\n    id\n    status\n  }\n}": types.CancelAdmissionDocument,
    "mutation CancelBedReservation($input: ReservationIdInput!) {\n  cancelBedReservation(input: $input) {\n    id\n  }\n}": types.CancelBedReservationDocument,
    "mutation DischargePatient($input: DischargePatientInput!) {\n  dischargePatient(input: $input) {\n    id\n    status\n  }\n}": types.DischargePatientDocument,
    "fragment InpatientRowFields on InpatientRow {\n  admissionId\n  patientId\n  name\n  mrn\n  age\n  sex\n  days\n  wardId\n  wardName\n  roomNumber\n  bedId\n  bedLabel\n  attendingName\n  reason\n  news2Score\n  news2Risk\n  news2At\n  allergyFlag\n  newResults\n}": types.InpatientRowFieldsFragmentDoc,
    "query MyPatients {\n  myPatients {\n    ...InpatientRowFields\n  }\n}": types.MyPatientsDocument,
    "query MyRound {\n  myRound {\n    ...InpatientRowFields\n  }\n}": types.MyRoundDocument,
    "query NurseAssignments($date: LocalDate!, $wardId: ID) {\n  nurseAssignments(date: $date, wardId: $wardId) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}": types.NurseAssignmentsDocument,
    "query NurseCandidates {\n  nurseCandidates {\n    userId\n    name\n    jobTitle\n  }\n}": types.NurseCandidatesDocument,
    "query PatientAdmissions($patientId: ID!, $clinical: Boolean!) {\n  patient(id: $patientId) {\n    id\n    displayName\n    mrn\n  }\n  admissions(patientId: $patientId) {\n    id\n    status\n    source\n    reason @include(if: $clinical)\n    admittedAt\n    dischargedAt\n    dischargeDestination\n    dischargeSummary @include(if: $clinical)\n    cancelledAt\n    cancelReason\n    attendingName\n    stays {\n      id\n      startedAt\n      endedAt\n      transferReason\n      bed {\n        id\n        label\n      }\n      ward {\n        id\n        name\n      }\n    }\n  }\n}": types.PatientAdmissionsDocument,
    "mutation RemoveBed($input: BedIdInput!) {\n  removeBed(input: $input) {\n    id\n  }\n}": types.RemoveBedDocument,
    "mutation ReserveBed($input: ReserveBedInput!) {\n  reserveBed(input: $input) {\n    id\n    plannedFor\n    note\n  }\n}": types.ReserveBedDocument,
    "mutation SaveRoom($input: SaveRoomInput!) {\n  saveRoom(input: $input) {\n    id\n    number\n    kind\n    isolationCapable\n  }\n}": types.SaveRoomDocument,
    "mutation SaveWard($input: SaveWardInput!) {\n  saveWard(input: $input) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n  }\n}": types.SaveWardDocument,
    "mutation SetBedStatus($input: SetBedStatusInput!) {\n  setBedStatus(input: $input) {\n    id\n    condition\n    conditionReason\n    version\n  }\n}": types.SetBedStatusDocument,
    "query TransferBeds($wardId: ID!) {\n  bedBoard(wardId: $wardId) {\n    ward {\n      id\n      name\n    }\n    beds {\n      bedId\n      label\n      roomNumber\n      status\n    }\n  }\n}": types.TransferBedsDocument,
    "mutation TransferPatient($input: TransferPatientInput!) {\n  transferPatient(input: $input) {\n    id\n    status\n  }\n}": types.TransferPatientDocument,
    "query WardPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      age\n      sex\n      status\n    }\n  }\n}": types.WardPatientPickerDocument,
    "query WardStructure($id: ID!) {\n  ward(id: $id) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n    rooms {\n      id\n      number\n      kind\n      isolationCapable\n      beds {\n        id\n        label\n        condition\n      }\n    }\n  }\n}": types.WardStructureDocument,
    "query Wards {\n  wards {\n    id\n    name\n    floor\n    service\n    beds\n    free\n    occupied\n    reserved\n    toClean\n    outOfService\n  }\n}": types.WardsDocument,
    "mutation WriteDischargeSummary($input: WriteDischargeSummaryInput!) {\n  writeDischargeSummary(input: $input) {\n    id\n    dischargeSummary\n  }\n}": types.WriteDischargeSummaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    emailVerifiedAt\n    remindersOptOut\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    emailVerifiedAt\n    remindersOptOut\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}"): (typeof documents)["mutation ResendVerificationEmail {\n  resendVerificationEmail\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetReminderOptOut($optOut: Boolean!) {\n  setReminderOptOut(optOut: $optOut) {\n    id\n    remindersOptOut\n  }\n}"): (typeof documents)["mutation SetReminderOptOut($optOut: Boolean!) {\n  setReminderOptOut(optOut: $optOut) {\n    id\n    remindersOptOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}"): (typeof documents)["mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  mfaRequired\n  givenName\n  familyName\n  displayName\n  locale\n  capabilities\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  mfaRequired\n  givenName\n  familyName\n  displayName\n  locale\n  capabilities\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}"): (typeof documents)["mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddManualCharge($input: AddManualChargeInput!) {\n  addManualCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}"): (typeof documents)["mutation AddManualCharge($input: AddManualChargeInput!) {\n  addManualCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingPatient($id: ID!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    insurance {\n      payer\n      memberNumber\n    }\n  }\n}"): (typeof documents)["query BillingPatient($id: ID!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    insurance {\n      payer\n      memberNumber\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingSettings {\n  billingSettings {\n    currency\n    minorDigits\n  }\n}"): (typeof documents)["query BillingSettings {\n  billingSettings {\n    currency\n    minorDigits\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingWorklist($search: String, $first: Int) {\n  billingWorklist(search: $search, first: $first) {\n    patientId\n    patientName\n    mrn\n    since\n    unbilledCharges\n    unbilledMinor\n    unpricedCharges\n    patientDueMinor\n    insurerDueMinor\n  }\n}"): (typeof documents)["query BillingWorklist($search: String, $first: Int) {\n  billingWorklist(search: $search, first: $first) {\n    patientId\n    patientName\n    mrn\n    since\n    unbilledCharges\n    unbilledMinor\n    unpricedCharges\n    patientDueMinor\n    insurerDueMinor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CashUpPreview {\n  cashUpPreview {\n    paymentCount\n    expectedCashMinor\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}"): (typeof documents)["query CashUpPreview {\n  cashUpPreview {\n    paymentCount\n    expectedCashMinor\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CashUps($from: LocalDate!, $to: LocalDate!) {\n  cashUps(from: $from, to: $to) {\n    id\n    cashierName\n    closedAt\n    day\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}"): (typeof documents)["query CashUps($from: LocalDate!, $to: LocalDate!) {\n  cashUps(from: $from, to: $to) {\n    id\n    cashierName\n    closedAt\n    day\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n    totals {\n      ...BillingPaymentTotals\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillingChargeFields on Charge {\n  id\n  actKind\n  code\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  reason\n}"): (typeof documents)["fragment BillingChargeFields on Charge {\n  id\n  actKind\n  code\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  reason\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCashDay($input: CloseCashDayInput!) {\n  closeCashDay(input: $input) {\n    id\n    closedAt\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n  }\n}"): (typeof documents)["mutation CloseCashDay($input: CloseCashDayInput!) {\n  closeCashDay(input: $input) {\n    id\n    closedAt\n    paymentCount\n    expectedCashMinor\n    countedCashMinor\n    differenceMinor\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInvoice($input: CreateInvoiceInput!) {\n  createInvoice(input: $input) {\n    ...BillingInvoiceSummary\n    lines {\n      ...BillingInvoiceLineFields\n    }\n  }\n}"): (typeof documents)["mutation CreateInvoice($input: CreateInvoiceInput!) {\n  createInvoice(input: $input) {\n    ...BillingInvoiceSummary\n    lines {\n      ...BillingInvoiceLineFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardDraftInvoice($invoiceId: ID!) {\n  discardDraftInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}"): (typeof documents)["mutation DiscardDraftInvoice($invoiceId: ID!) {\n  discardDraftInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsuranceCoverages {\n  insuranceCoverages {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n    updatedAt\n  }\n}"): (typeof documents)["query InsuranceCoverages {\n  insuranceCoverages {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillingInvoiceLineFields on InvoiceLine {\n  id\n  position\n  actKind\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  insurerMinor\n  patientMinor\n}"): (typeof documents)["fragment BillingInvoiceLineFields on InvoiceLine {\n  id\n  position\n  actKind\n  labelFr\n  labelEn\n  occurredAt\n  quantity\n  unitMinor\n  amountMinor\n  insurerMinor\n  patientMinor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicePdf($invoiceId: ID!, $language: Locale) {\n  invoicePdf(invoiceId: $invoiceId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"): (typeof documents)["query InvoicePdf($invoiceId: ID!, $language: Locale) {\n  invoicePdf(invoiceId: $invoiceId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillingInvoiceSummary on Invoice {\n  id\n  kind\n  number\n  status\n  createdAt\n  issuedAt\n  currency\n  totalMinor\n  insurerMinor\n  patientMinor\n  paidPatientMinor\n  paidInsurerMinor\n  balanceMinor\n  payer\n}"): (typeof documents)["fragment BillingInvoiceSummary on Invoice {\n  id\n  kind\n  number\n  status\n  createdAt\n  issuedAt\n  currency\n  totalMinor\n  insurerMinor\n  patientMinor\n  paidPatientMinor\n  paidInsurerMinor\n  balanceMinor\n  payer\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invoice($id: ID!) {\n  invoice(id: $id) {\n    ...BillingInvoiceSummary\n    patientId\n    patientName\n    memberNumber\n    issuedByName\n    reason\n    creditedInvoiceId\n    cancelledAt\n    lines {\n      ...BillingInvoiceLineFields\n    }\n    payments {\n      ...BillingPaymentFields\n    }\n  }\n}"): (typeof documents)["query Invoice($id: ID!) {\n  invoice(id: $id) {\n    ...BillingInvoiceSummary\n    patientId\n    patientName\n    memberNumber\n    issuedByName\n    reason\n    creditedInvoiceId\n    cancelledAt\n    lines {\n      ...BillingInvoiceLineFields\n    }\n    payments {\n      ...BillingPaymentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    ...BillingInvoiceSummary\n  }\n}"): (typeof documents)["mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    ...BillingInvoiceSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueInvoice($invoiceId: ID!) {\n  issueInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}"): (typeof documents)["mutation IssueInvoice($invoiceId: ID!) {\n  issueInvoice(invoiceId: $invoiceId) {\n    ...BillingInvoiceSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvoices {\n  myInvoices {\n    ...BillingInvoiceSummary\n  }\n}"): (typeof documents)["query MyInvoices {\n  myInvoices {\n    ...BillingInvoiceSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientBilling($patientId: ID!) {\n  patientBilling(patientId: $patientId) {\n    patientId\n    currency\n    patientDueMinor\n    insurerDueMinor\n    unbilledCharges {\n      ...BillingChargeFields\n    }\n    invoices {\n      ...BillingInvoiceSummary\n      lines {\n        ...BillingInvoiceLineFields\n      }\n    }\n  }\n}"): (typeof documents)["query PatientBilling($patientId: ID!) {\n  patientBilling(patientId: $patientId) {\n    patientId\n    currency\n    patientDueMinor\n    insurerDueMinor\n    unbilledCharges {\n      ...BillingChargeFields\n    }\n    invoices {\n      ...BillingInvoiceSummary\n      lines {\n        ...BillingInvoiceLineFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillingPaymentFields on Payment {\n  id\n  amountMinor\n  method\n  reference\n  reason\n  receiptNumber\n  receivedAt\n  receivedByName\n  refundOfId\n}"): (typeof documents)["fragment BillingPaymentFields on Payment {\n  id\n  amountMinor\n  method\n  reference\n  reason\n  receiptNumber\n  receivedAt\n  receivedByName\n  refundOfId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillingPaymentTotals on PaymentTotals {\n  CASH\n  CARD\n  MOBILE_MONEY\n  BANK_TRANSFER\n  INSURANCE\n}"): (typeof documents)["fragment BillingPaymentTotals on PaymentTotals {\n  CASH\n  CARD\n  MOBILE_MONEY\n  BANK_TRANSFER\n  INSURANCE\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PriceCharge($input: PriceChargeInput!) {\n  priceCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}"): (typeof documents)["mutation PriceCharge($input: PriceChargeInput!) {\n  priceCharge(input: $input) {\n    ...BillingChargeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReceiptPdf($paymentId: ID!, $language: Locale) {\n  receiptPdf(paymentId: $paymentId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"): (typeof documents)["query ReceiptPdf($paymentId: ID!, $language: Locale) {\n  receiptPdf(paymentId: $paymentId, language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}"): (typeof documents)["mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}"): (typeof documents)["mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...BillingPaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetInsuranceCoverage($input: SetCoverageInput!) {\n  setInsuranceCoverage(input: $input) {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n  }\n}"): (typeof documents)["mutation SetInsuranceCoverage($input: SetCoverageInput!) {\n  setInsuranceCoverage(input: $input) {\n    id\n    payer\n    actKind\n    percent\n    fixedMinor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTariff($input: SetTariffInput!) {\n  setTariff(input: $input) {\n    id\n    actKind\n    code\n    amountMinor\n    validFrom\n    validTo\n  }\n}"): (typeof documents)["mutation SetTariff($input: SetTariffInput!) {\n  setTariff(input: $input) {\n    id\n    actKind\n    code\n    amountMinor\n    validFrom\n    validTo\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tariffs($actKind: ActKind) {\n  tariffs(actKind: $actKind) {\n    id\n    actKind\n    code\n    labelFr\n    labelEn\n    amountMinor\n    validFrom\n    validTo\n    createdAt\n  }\n}"): (typeof documents)["query Tariffs($actKind: ActKind) {\n  tariffs(actKind: $actKind) {\n    id\n    actKind\n    code\n    labelFr\n    labelEn\n    amountMinor\n    validFrom\n    validTo\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmergencyAccessState($patientId: ID!) {\n  emergencyAccessState(patientId: $patientId) {\n    mayOpen\n    activeUntil\n  }\n}"): (typeof documents)["query EmergencyAccessState($patientId: ID!) {\n  emergencyAccessState(patientId: $patientId) {\n    mayOpen\n    activeUntil\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmergencyAccesses($status: EmergencyAccessStatus, $first: Int, $after: String) {\n  emergencyAccesses(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      clinicianName\n      clinicianRole\n      patientId\n      patientName\n      reason\n      openedAt\n      expiresAt\n      active\n      status\n      reviewedByName\n      reviewedAt\n      reviewNote\n    }\n  }\n}"): (typeof documents)["query EmergencyAccesses($status: EmergencyAccessStatus, $first: Int, $after: String) {\n  emergencyAccesses(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      clinicianName\n      clinicianRole\n      patientId\n      patientName\n      reason\n      openedAt\n      expiresAt\n      active\n      status\n      reviewedByName\n      reviewedAt\n      reviewNote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenEmergencyAccess($input: OpenEmergencyAccessInput!) {\n  openEmergencyAccess(input: $input) {\n    id\n    expiresAt\n  }\n}"): (typeof documents)["mutation OpenEmergencyAccess($input: OpenEmergencyAccessInput!) {\n  openEmergencyAccess(input: $input) {\n    id\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewEmergencyAccess($input: ReviewEmergencyAccessInput!) {\n  reviewEmergencyAccess(input: $input) {\n    id\n    status\n    reviewedByName\n    reviewedAt\n    reviewNote\n  }\n}"): (typeof documents)["mutation ReviewEmergencyAccess($input: ReviewEmergencyAccessInput!) {\n  reviewEmergencyAccess(input: $input) {\n    id\n    status\n    reviewedByName\n    reviewedAt\n    reviewNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendEmergencyCase($input: AmendEmergencyCaseInput!) {\n  amendEmergencyCase(input: $input) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}"): (typeof documents)["mutation AmendEmergencyCase($input: AmendEmergencyCaseInput!) {\n  amendEmergencyCase(input: $input) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseEmergencyCase($input: CloseEmergencyCaseInput!, $clinical: Boolean!) {\n  closeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"): (typeof documents)["mutation CloseEmergencyCase($input: CloseEmergencyCaseInput!, $clinical: Boolean!) {\n  closeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmergencyCaseDetail on EmergencyCase {\n  id\n  arrivedAt\n  mode\n  complaint\n  complaintText @include(if: $clinical)\n  status\n  level\n  triagedAt\n  area\n  areaLabel\n  doctorUserId\n  doctorName\n  doctorAt\n  outcome\n  outcomeNote @include(if: $clinical)\n  transferTo\n  admissionId\n  closedAt\n  unknownIdentity\n  temporaryPatientId\n  identityDescription\n  estimatedAge\n  registeredByName\n  version\n  patient {\n    id\n    displayName\n    mrn\n    age\n    sex\n  }\n  wait {\n    waitedMinutes\n    targetMinutes\n    dueAt\n    breached\n  }\n  triages @include(if: $clinical) {\n    id\n    level\n    at\n    byName\n    news2Score\n    news2Risk\n    note\n    vitalsId\n  }\n  amendments @include(if: $clinical) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}"): (typeof documents)["fragment EmergencyCaseDetail on EmergencyCase {\n  id\n  arrivedAt\n  mode\n  complaint\n  complaintText @include(if: $clinical)\n  status\n  level\n  triagedAt\n  area\n  areaLabel\n  doctorUserId\n  doctorName\n  doctorAt\n  outcome\n  outcomeNote @include(if: $clinical)\n  transferTo\n  admissionId\n  closedAt\n  unknownIdentity\n  temporaryPatientId\n  identityDescription\n  estimatedAge\n  registeredByName\n  version\n  patient {\n    id\n    displayName\n    mrn\n    age\n    sex\n  }\n  wait {\n    waitedMinutes\n    targetMinutes\n    dueAt\n    breached\n  }\n  triages @include(if: $clinical) {\n    id\n    level\n    at\n    byName\n    news2Score\n    news2Risk\n    note\n    vitalsId\n  }\n  amendments @include(if: $clinical) {\n    id\n    at\n    byName\n    reason\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmergencyCase($id: ID!, $clinical: Boolean!) {\n  emergencyCase(id: $id) {\n    ...EmergencyCaseDetail\n  }\n}"): (typeof documents)["query EmergencyCase($id: ID!, $clinical: Boolean!) {\n  emergencyCase(id: $id) {\n    ...EmergencyCaseDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EmergencyQueueChanged {\n  emergencyQueueChanged {\n    caseId\n    change\n  }\n}"): (typeof documents)["subscription EmergencyQueueChanged {\n  emergencyQueueChanged {\n    caseId\n    change\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmergencyQueue($clinical: Boolean!) {\n  emergencyQueue {\n    asOf\n    breached\n    cases {\n      caseId\n      patientId\n      name\n      mrn\n      age\n      sex\n      unknownIdentity\n      arrivedAt\n      mode\n      complaint\n      complaintText @include(if: $clinical)\n      status\n      level\n      area\n      areaLabel\n      doctorUserId\n      doctorName\n      wait {\n        waitedMinutes\n        targetMinutes\n        dueAt\n        breached\n      }\n      news2Score @include(if: $clinical)\n      news2Risk @include(if: $clinical)\n      version\n    }\n  }\n}"): (typeof documents)["query EmergencyQueue($clinical: Boolean!) {\n  emergencyQueue {\n    asOf\n    breached\n    cases {\n      caseId\n      patientId\n      name\n      mrn\n      age\n      sex\n      unknownIdentity\n      arrivedAt\n      mode\n      complaint\n      complaintText @include(if: $clinical)\n      status\n      level\n      area\n      areaLabel\n      doctorUserId\n      doctorName\n      wait {\n        waitedMinutes\n        targetMinutes\n        dueAt\n        breached\n      }\n      news2Score @include(if: $clinical)\n      news2Risk @include(if: $clinical)\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveEmergencyCase($input: MoveEmergencyCaseInput!, $clinical: Boolean!) {\n  moveEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"): (typeof documents)["mutation MoveEmergencyCase($input: MoveEmergencyCaseInput!, $clinical: Boolean!) {\n  moveEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyEmergencyVisits {\n  myEmergencyVisits {\n    id\n    arrivedAt\n    complaint\n    status\n    level\n    outcome\n    closedAt\n    transferTo\n  }\n}"): (typeof documents)["query MyEmergencyVisits {\n  myEmergencyVisits {\n    id\n    arrivedAt\n    complaint\n    status\n    level\n    outcome\n    closedAt\n    transferTo\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterEmergencyArrival($input: RegisterEmergencyArrivalInput!) {\n  registerEmergencyArrival(input: $input) {\n    id\n    patient {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation RegisterEmergencyArrival($input: RegisterEmergencyArrivalInput!) {\n  registerEmergencyArrival(input: $input) {\n    id\n    patient {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakeEmergencyCase($input: TakeEmergencyCaseInput!, $clinical: Boolean!) {\n  takeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"): (typeof documents)["mutation TakeEmergencyCase($input: TakeEmergencyCaseInput!, $clinical: Boolean!) {\n  takeEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TriageEmergencyCase($input: TriageEmergencyCaseInput!, $clinical: Boolean!) {\n  triageEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"): (typeof documents)["mutation TriageEmergencyCase($input: TriageEmergencyCaseInput!, $clinical: Boolean!) {\n  triageEmergencyCase(input: $input) {\n    ...EmergencyCaseDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailOutbox($status: MailStatus, $first: Int, $after: String) {\n  mailOutbox(status: $status, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      to\n      subject\n      text\n      kind\n      status\n      attempts\n      createdAt\n      sentAt\n      error\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query MailOutbox($status: MailStatus, $first: Int, $after: String) {\n  mailOutbox(status: $status, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      to\n      subject\n      text\n      kind\n      status\n      attempts\n      createdAt\n      sentAt\n      error\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmMfaEnrolment($code: String!) {\n  confirmMfaEnrolment(code: $code) {\n    recoveryCodes\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation ConfirmMfaEnrolment($code: String!) {\n  confirmMfaEnrolment(code: $code) {\n    recoveryCodes\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableMfa($code: String!) {\n  disableMfa(code: $code) {\n    ...SessionUser\n  }\n}"): (typeof documents)["mutation DisableMfa($code: String!) {\n  disableMfa(code: $code) {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartMfaEnrolment {\n  startMfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeDataUrl\n  }\n}"): (typeof documents)["mutation StartMfaEnrolment {\n  startMfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeDataUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyMfa($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation VerifyMfa($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"): (typeof documents)["mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n  markNotificationRead(input: $input) {\n    id\n    readAt\n  }\n}"): (typeof documents)["mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n  markNotificationRead(input: $input) {\n    id\n    readAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    params\n    urgent\n    link\n    readAt\n    createdAt\n  }\n}"): (typeof documents)["subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    params\n    urgent\n    link\n    readAt\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      readAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      readAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardOfflineEntry($input: DiscardOfflineEntryInput!) {\n  discardOfflineEntry(input: $input) {\n    id\n    discardedAt\n  }\n}"): (typeof documents)["mutation DiscardOfflineEntry($input: DiscardOfflineEntryInput!) {\n  discardOfflineEntry(input: $input) {\n    id\n    discardedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyShiftPack {\n  myShiftPack {\n    kind\n    asOf\n    shiftEndsAt\n    version\n    patients {\n      patientId\n      birthDate\n      allergyStatus\n      inpatient {\n        ...InpatientRowFields\n      }\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n      activeProblems {\n        id\n        code\n        label\n        rank\n        occurredAt\n      }\n      activePrescriptions {\n        ...RecordsPrescription\n      }\n      administrations {\n        id\n        status\n        occurredAt\n        scheduledAt\n        prescriptionId\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n      vitals {\n        ...RecordsVitals\n      }\n      labResults {\n        ...RecordsLabResult\n      }\n      careNotes {\n        id\n        category\n        text\n        occurredAt\n        recordedByName\n        authorRole\n      }\n    }\n    day\n    practitioner {\n      id\n      displayName\n      consultationMinutes\n      bio\n      languages\n      active\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n    dosesDue {\n      scheduledAt\n      state\n      prescription {\n        id\n        patientId\n        medicationName\n        strength\n        dose\n        doseUnit\n        route\n      }\n      administration {\n        id\n        status\n        occurredAt\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n    }\n  }\n}"): (typeof documents)["query MyShiftPack {\n  myShiftPack {\n    kind\n    asOf\n    shiftEndsAt\n    version\n    patients {\n      patientId\n      birthDate\n      allergyStatus\n      inpatient {\n        ...InpatientRowFields\n      }\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n      activeProblems {\n        id\n        code\n        label\n        rank\n        occurredAt\n      }\n      activePrescriptions {\n        ...RecordsPrescription\n      }\n      administrations {\n        id\n        status\n        occurredAt\n        scheduledAt\n        prescriptionId\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n      vitals {\n        ...RecordsVitals\n      }\n      labResults {\n        ...RecordsLabResult\n      }\n      careNotes {\n        id\n        category\n        text\n        occurredAt\n        recordedByName\n        authorRole\n      }\n    }\n    day\n    practitioner {\n      id\n      displayName\n      consultationMinutes\n      bio\n      languages\n      active\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n    dosesDue {\n      scheduledAt\n      state\n      prescription {\n        id\n        patientId\n        medicationName\n        strength\n        dose\n        doseUnit\n        route\n      }\n      administration {\n        id\n        status\n        occurredAt\n        dose\n        doseUnit\n        reason\n        recordedByName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseMyAccount($input: CloseMyAccountInput!) {\n  closeMyAccount(input: $input)\n}"): (typeof documents)["mutation CloseMyAccount($input: CloseMyAccountInput!) {\n  closeMyAccount(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRecordExport {\n  myRecordExport\n}"): (typeof documents)["query MyRecordExport {\n  myRecordExport\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRecordPdf($language: Locale) {\n  myRecordPdf(language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"): (typeof documents)["query MyRecordPdf($language: Locale) {\n  myRecordPdf(language: $language) {\n    fileName\n    contentType\n    base64\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    patient {\n      id\n      mrn\n      displayName\n      version\n    }\n    duplicates {\n      reasons\n      patient {\n        id\n        mrn\n        displayName\n        birthDate\n      }\n    }\n  }\n}"): (typeof documents)["mutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    patient {\n      id\n      mrn\n      displayName\n      version\n    }\n    duplicates {\n      reasons\n      patient {\n        id\n        mrn\n        displayName\n        birthDate\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergePatients($input: MergePatientsInput!) {\n  mergePatients(input: $input) {\n    movedReferences\n    survivor {\n      id\n      mrn\n      displayName\n    }\n    duplicate {\n      id\n      status\n    }\n  }\n}"): (typeof documents)["mutation MergePatients($input: MergePatientsInput!) {\n  mergePatients(input: $input) {\n    movedReferences\n    survivor {\n      id\n      mrn\n      displayName\n    }\n    duplicate {\n      id\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPatientProfile {\n  me {\n    id\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      age\n      sex\n      status\n      bloodGroup\n      weightKg\n      version\n      phone\n      secondaryPhone\n      email\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      preferredLanguage\n      emergencyContact {\n        name\n        relation\n        phone\n      }\n      insurance {\n        payer\n        memberNumber\n      }\n      allergyStatus\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n    }\n  }\n}"): (typeof documents)["query MyPatientProfile {\n  me {\n    id\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      age\n      sex\n      status\n      bloodGroup\n      weightKg\n      version\n      phone\n      secondaryPhone\n      email\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      preferredLanguage\n      emergencyContact {\n        name\n        relation\n        phone\n      }\n      insurance {\n        payer\n        memberNumber\n      }\n      allergyStatus\n      allergies {\n        id\n        substance\n        reaction\n        severity\n        status\n        kind\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PatientAllergyFields on Allergy {\n  id\n  substance\n  reaction\n  severity\n  status\n  kind\n  note\n  recordedAt\n  recordedByName\n  version\n}"): (typeof documents)["fragment PatientAllergyFields on Allergy {\n  id\n  substance\n  reaction\n  severity\n  status\n  kind\n  note\n  recordedAt\n  recordedByName\n  version\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientHeader($id: ID!, $clinical: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    bloodGroup @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergies @include(if: $clinical) {\n      id\n      substance\n      reaction\n      severity\n      status\n      kind\n    }\n  }\n}"): (typeof documents)["query PatientHeader($id: ID!, $clinical: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    bloodGroup @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergies @include(if: $clinical) {\n      id\n      substance\n      reaction\n      severity\n      status\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientRecord($id: ID!, $clinical: Boolean!, $contact: Boolean!, $insurance: Boolean!, $registrar: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n    version\n    mergedInto {\n      id\n      mrn\n      displayName\n    }\n    bloodGroup @include(if: $clinical)\n    weightKg @include(if: $clinical)\n    heightCm @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergyStatusRecordedAt @include(if: $clinical)\n    allergies(includeEnteredInError: true) @include(if: $clinical) {\n      ...PatientAllergyFields\n    }\n    phone @include(if: $contact)\n    secondaryPhone @include(if: $contact)\n    email @include(if: $contact)\n    address @include(if: $contact) {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    emergencyContact @include(if: $contact) {\n      name\n      relation\n      phone\n    }\n    insurance @include(if: $insurance) {\n      payer\n      memberNumber\n    }\n    administrativeNotes @include(if: $registrar)\n  }\n}"): (typeof documents)["query PatientRecord($id: ID!, $clinical: Boolean!, $contact: Boolean!, $insurance: Boolean!, $registrar: Boolean!) {\n  patient(id: $id) {\n    id\n    mrn\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n    version\n    mergedInto {\n      id\n      mrn\n      displayName\n    }\n    bloodGroup @include(if: $clinical)\n    weightKg @include(if: $clinical)\n    heightCm @include(if: $clinical)\n    allergyStatus @include(if: $clinical)\n    allergyStatusRecordedAt @include(if: $clinical)\n    allergies(includeEnteredInError: true) @include(if: $clinical) {\n      ...PatientAllergyFields\n    }\n    phone @include(if: $contact)\n    secondaryPhone @include(if: $contact)\n    email @include(if: $contact)\n    address @include(if: $contact) {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    emergencyContact @include(if: $contact) {\n      name\n      relation\n      phone\n    }\n    insurance @include(if: $insurance) {\n      payer\n      memberNumber\n    }\n    administrativeNotes @include(if: $registrar)\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientSearch($search: String, $first: Int, $after: String, $clinical: Boolean!) {\n  patients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      mrn\n      displayName\n      birthDate\n      age\n      sex\n      status\n      allergyStatus @include(if: $clinical)\n    }\n  }\n}"): (typeof documents)["query PatientSearch($search: String, $first: Int, $after: String, $clinical: Boolean!) {\n  patients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      mrn\n      displayName\n      birthDate\n      age\n      sex\n      status\n      allergyStatus @include(if: $clinical)\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PossiblePatientDuplicates($input: PatientDuplicatesInput!) {\n  possiblePatientDuplicates(input: $input) {\n    reasons\n    patient {\n      id\n      mrn\n      displayName\n      birthDate\n    }\n  }\n}"): (typeof documents)["query PossiblePatientDuplicates($input: PatientDuplicatesInput!) {\n  possiblePatientDuplicates(input: $input) {\n    reasons\n    patient {\n      id\n      mrn\n      displayName\n      birthDate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAllergy($input: RecordAllergyInput!) {\n  recordAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}"): (typeof documents)["mutation RecordAllergy($input: RecordAllergyInput!) {\n  recordAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordNoKnownAllergies($input: RecordNoKnownAllergiesInput!) {\n  recordNoKnownAllergies(input: $input) {\n    id\n    allergyStatus\n    allergyStatusRecordedAt\n  }\n}"): (typeof documents)["mutation RecordNoKnownAllergies($input: RecordNoKnownAllergiesInput!) {\n  recordNoKnownAllergies(input: $input) {\n    id\n    allergyStatus\n    allergyStatusRecordedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAllergy($input: UpdateAllergyInput!) {\n  updateAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}"): (typeof documents)["mutation UpdateAllergy($input: UpdateAllergyInput!) {\n  updateAllergy(input: $input) {\n    ...PatientAllergyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n  updateMyContactDetails(input: $input) {\n    id\n    version\n    phone\n    secondaryPhone\n    email\n    address {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    preferredLanguage\n    emergencyContact {\n      name\n      relation\n      phone\n    }\n  }\n}"): (typeof documents)["mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n  updateMyContactDetails(input: $input) {\n    id\n    version\n    phone\n    secondaryPhone\n    email\n    address {\n      line1\n      line2\n      postalCode\n      city\n      country\n    }\n    preferredLanguage\n    emergencyContact {\n      name\n      relation\n      phone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    id\n    version\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n  }\n}"): (typeof documents)["mutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    id\n    version\n    displayName\n    familyName\n    givenNames\n    birthDate\n    age\n    sex\n    status\n    deceasedOn\n    preferredLanguage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivePrescriptions($patientId: ID!) {\n  prescriptions(patientId: $patientId, activeOnly: true) {\n    id\n    medicationName\n    strength\n    form\n    dose\n    doseUnit\n    route\n    asNeeded\n    intervalHours\n    scheduleTimes\n    status\n  }\n}"): (typeof documents)["query ActivePrescriptions($patientId: ID!) {\n  prescriptions(patientId: $patientId, activeOnly: true) {\n    id\n    medicationName\n    strength\n    form\n    dose\n    doseUnit\n    route\n    asNeeded\n    intervalHours\n    scheduleTimes\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"): (typeof documents)["mutation AdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Dispense($input: DispenseInput!) {\n  dispense(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"): (typeof documents)["mutation Dispense($input: DispenseInput!) {\n  dispense(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispensingWorklist($wardId: ID!) {\n  dispensingWorklist(wardId: $wardId) {\n    prescriptionId\n    patientId\n    patientName\n    bedLabel\n    medicationName\n    itemId\n    item {\n      ...PharmacyItemFields\n    }\n    unitsPerDose\n    dosesNext24h\n    nextDoseAt\n    unitsNeeded\n    unitsCovered\n    unitsToDispense\n  }\n}"): (typeof documents)["query DispensingWorklist($wardId: ID!) {\n  dispensingWorklist(wardId: $wardId) {\n    prescriptionId\n    patientId\n    patientName\n    bedLabel\n    medicationName\n    itemId\n    item {\n      ...PharmacyItemFields\n    }\n    unitsPerDose\n    dosesNext24h\n    nextDoseAt\n    unitsNeeded\n    unitsCovered\n    unitsToDispense\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PharmacyLotFields on StockLot {\n  id\n  lotNumber\n  expiryDate\n  status\n  supplier\n  receivedQuantity\n  recallReason\n  recalledAt\n  item {\n    id\n    nameFr\n    nameEn\n    unitOfIssue\n  }\n}"): (typeof documents)["fragment PharmacyLotFields on StockLot {\n  id\n  lotNumber\n  expiryDate\n  status\n  supplier\n  receivedQuantity\n  recallReason\n  recalledAt\n  item {\n    id\n    nameFr\n    nameEn\n    unitOfIssue\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LotTrace($lotId: ID!) {\n  lotTrace(lotId: $lotId) {\n    lot {\n      ...PharmacyLotFields\n    }\n    locations {\n      locationId\n      locationName\n      quantity\n    }\n    movements {\n      ...PharmacyMovementFields\n    }\n    patients {\n      patientId\n      patientName\n      currentInpatient\n      unitsDispensed\n      unitsAdministered\n      administrations {\n        id\n        prescriptionId\n        medicationName\n        administeredAt\n        dose\n        doseUnit\n        recordedByName\n      }\n    }\n  }\n}"): (typeof documents)["query LotTrace($lotId: ID!) {\n  lotTrace(lotId: $lotId) {\n    lot {\n      ...PharmacyLotFields\n    }\n    locations {\n      locationId\n      locationName\n      quantity\n    }\n    movements {\n      ...PharmacyMovementFields\n    }\n    patients {\n      patientId\n      patientName\n      currentInpatient\n      unitsDispensed\n      unitsAdministered\n      administrations {\n        id\n        prescriptionId\n        medicationName\n        administeredAt\n        dose\n        doseUnit\n        recordedByName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecallLot($input: RecallLotInput!) {\n  recallLot(input: $input) {\n    ...PharmacyLotFields\n  }\n}"): (typeof documents)["mutation RecallLot($input: RecallLotInput!) {\n  recallLot(input: $input) {\n    ...PharmacyLotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"): (typeof documents)["mutation ReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockAlerts($kind: StockAlertKind) {\n  stockAlerts(kind: $kind) {\n    id\n    kind\n    itemId\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n    locationId\n    location {\n      id\n      name\n    }\n    lotId\n    lot {\n      id\n      lotNumber\n    }\n    expiryDate\n    quantity\n    reorderLevel\n    raisedAt\n    computedAt\n  }\n}"): (typeof documents)["query StockAlerts($kind: StockAlertKind) {\n  stockAlerts(kind: $kind) {\n    id\n    kind\n    itemId\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n    locationId\n    location {\n      id\n      name\n    }\n    lotId\n    lot {\n      id\n      lotNumber\n    }\n    expiryDate\n    quantity\n    reorderLevel\n    raisedAt\n    computedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PharmacyItemFields on StockItem {\n  id\n  kind\n  nameFr\n  nameEn\n  inn\n  form\n  strength\n  unitOfIssue\n  reorderLevel\n  active\n}"): (typeof documents)["fragment PharmacyItemFields on StockItem {\n  id\n  kind\n  nameFr\n  nameEn\n  inn\n  form\n  strength\n  unitOfIssue\n  reorderLevel\n  active\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockItemLevel($locationId: ID!, $itemId: ID!) {\n  stockLevels(locationId: $locationId, itemId: $itemId) {\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n        unitPriceCents\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n          supplier\n          unitCostCents\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query StockItemLevel($locationId: ID!, $itemId: ID!) {\n  stockLevels(locationId: $locationId, itemId: $itemId) {\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n        unitPriceCents\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n          supplier\n          unitCostCents\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockItemMovements($itemId: ID!, $first: Int) {\n  stockMovements(filter: {itemId: $itemId}, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyMovementFields\n    }\n  }\n}"): (typeof documents)["query StockItemMovements($itemId: ID!, $first: Int) {\n  stockMovements(filter: {itemId: $itemId}, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyMovementFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockItemSearch($search: String, $first: Int) {\n  stockItems(search: $search, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyItemFields\n    }\n  }\n}"): (typeof documents)["query StockItemSearch($search: String, $first: Int) {\n  stockItems(search: $search, first: $first) {\n    totalCount\n    nodes {\n      ...PharmacyItemFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockLevels($locationId: ID!, $search: String, $kind: StockItemKind, $filter: StockLevelFilter, $first: Int, $after: String, $withTotal: Boolean! = true) {\n  stockLevels(\n    locationId: $locationId\n    search: $search\n    kind: $kind\n    filter: $filter\n    first: $first\n    after: $after\n  ) {\n    totalCount @include(if: $withTotal)\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query StockLevels($locationId: ID!, $search: String, $kind: StockItemKind, $filter: StockLevelFilter, $first: Int, $after: String, $withTotal: Boolean! = true) {\n  stockLevels(\n    locationId: $locationId\n    search: $search\n    kind: $kind\n    filter: $filter\n    first: $first\n    after: $after\n  ) {\n    totalCount @include(if: $withTotal)\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      itemId\n      onHand\n      usableOnHand\n      belowReorderLevel\n      item {\n        ...PharmacyItemFields\n      }\n      lots {\n        quantity\n        expired\n        daysToExpiry\n        lot {\n          id\n          lotNumber\n          expiryDate\n          status\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockLocations {\n  stockLocations {\n    id\n    kind\n    name\n    wardId\n  }\n}"): (typeof documents)["query StockLocations {\n  stockLocations {\n    id\n    kind\n    name\n    wardId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PharmacyMovementFields on StockMovement {\n  id\n  at\n  kind\n  quantity\n  byName\n  reason\n  writeOffReason\n  lotChoiceReason\n  lot {\n    id\n    lotNumber\n    expiryDate\n  }\n  fromLocation {\n    id\n    name\n  }\n  toLocation {\n    id\n    name\n  }\n}"): (typeof documents)["fragment PharmacyMovementFields on StockMovement {\n  id\n  at\n  kind\n  quantity\n  byName\n  reason\n  writeOffReason\n  lotChoiceReason\n  lot {\n    id\n    lotNumber\n    expiryDate\n  }\n  fromLocation {\n    id\n    name\n  }\n  toLocation {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PharmacyOperationFields on StockOperation {\n  id\n  at\n  kind\n  byName\n  movements {\n    ...PharmacyMovementFields\n    unitCostCents\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n  }\n}"): (typeof documents)["fragment PharmacyOperationFields on StockOperation {\n  id\n  at\n  kind\n  byName\n  movements {\n    ...PharmacyMovementFields\n    unitCostCents\n    item {\n      id\n      nameFr\n      nameEn\n      unitOfIssue\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockValuation($at: LocalDate!, $locationId: ID) {\n  stockValuation(at: $at, locationId: $locationId) {\n    at\n    locationId\n    locationName\n    valueCents\n    lines {\n      itemId\n      item {\n        id\n        nameFr\n        nameEn\n        unitOfIssue\n      }\n      onHand\n      averageUnitCostCents\n      valueCents\n    }\n  }\n}"): (typeof documents)["query StockValuation($at: LocalDate!, $locationId: ID) {\n  stockValuation(at: $at, locationId: $locationId) {\n    at\n    locationId\n    locationName\n    valueCents\n    lines {\n      itemId\n      item {\n        id\n        nameFr\n        nameEn\n        unitOfIssue\n      }\n      onHand\n      averageUnitCostCents\n      valueCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteOffStock($input: WriteOffStockInput!) {\n  writeOffStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"): (typeof documents)["mutation WriteOffStock($input: WriteOffStockInput!) {\n  writeOffStock(input: $input) {\n    ...PharmacyOperationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddCareNote($input: AddCareNoteInput!) {\n  addCareNote(input: $input) {\n    id\n    category\n    text\n    occurredAt\n  }\n}"): (typeof documents)["mutation AddCareNote($input: AddCareNoteInput!) {\n  addCareNote(input: $input) {\n    id\n    category\n    text\n    occurredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddDiagnosis($input: AddDiagnosisInput!) {\n  addDiagnosis(input: $input) {\n    id\n    code\n    label\n    rank\n    status\n    uncoded\n  }\n}"): (typeof documents)["mutation AddDiagnosis($input: AddDiagnosisInput!) {\n  addDiagnosis(input: $input) {\n    id\n    code\n    label\n    rank\n    status\n    uncoded\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Attachments($patientId: ID!, $first: Int) {\n  attachments(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n      fileName\n      contentType\n      sizeBytes\n      occurredAt\n      recordedByName\n      url\n    }\n  }\n}"): (typeof documents)["query Attachments($patientId: ID!, $first: Int) {\n  attachments(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n      fileName\n      contentType\n      sizeBytes\n      occurredAt\n      recordedByName\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareNotes($patientId: ID!, $first: Int) {\n  careNotes(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      category\n      text\n      occurredAt\n      recordedByName\n      authorRole\n    }\n  }\n}"): (typeof documents)["query CareNotes($patientId: ID!, $first: Int) {\n  careNotes(patientId: $patientId, first: $first) {\n    totalCount\n    nodes {\n      id\n      category\n      text\n      occurredAt\n      recordedByName\n      authorRole\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChartPatientSearch($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      mrn\n      displayName\n      age\n      sex\n      allergyStatus\n    }\n  }\n}"): (typeof documents)["query ChartPatientSearch($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      mrn\n      displayName\n      age\n      sex\n      allergyStatus\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollectLabSpecimens($input: CollectLabSpecimensInput!) {\n  collectLabSpecimens(input: $input) {\n    ...RecordsLabOrder\n  }\n}"): (typeof documents)["mutation CollectLabSpecimens($input: CollectLabSpecimensInput!) {\n  collectLabSpecimens(input: $input) {\n    ...RecordsLabOrder\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteEncounter($input: CompleteEncounterInput!) {\n  completeEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}"): (typeof documents)["mutation CompleteEncounter($input: CompleteEncounterInput!) {\n  completeEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEncounter($input: CreateEncounterInput!) {\n  createEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}"): (typeof documents)["mutation CreateEncounter($input: CreateEncounterInput!) {\n  createEncounter(input: $input) {\n    ...RecordsEncounter\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EncounterDetail($id: ID!) {\n  encounter(id: $id) {\n    ...RecordsEncounter\n    subjective\n    objective\n    assessment\n    plan\n    recordedByName\n  }\n}"): (typeof documents)["query EncounterDetail($id: ID!) {\n  encounter(id: $id) {\n    ...RecordsEncounter\n    subjective\n    objective\n    assessment\n    plan\n    recordedByName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterLabResult($input: EnterLabResultInput!) {\n  enterLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}"): (typeof documents)["mutation EnterLabResult($input: EnterLabResultInput!) {\n  enterLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Icd10Codes($search: String, $first: Int) {\n  icd10Codes(search: $search, first: $first) {\n    code\n    titleEn\n    titleFr\n  }\n}"): (typeof documents)["query Icd10Codes($search: String, $first: Int) {\n  icd10Codes(search: $search, first: $first) {\n    code\n    titleEn\n    titleFr\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LabTests($search: String) {\n  labTests(search: $search) {\n    id\n    code\n    nameEn\n    nameFr\n    specimen\n    unit\n    numeric\n    referenceRanges {\n      sex\n      minAgeYears\n      maxAgeYears\n      low\n      high\n      criticalLow\n      criticalHigh\n    }\n  }\n}"): (typeof documents)["query LabTests($search: String) {\n  labTests(search: $search) {\n    id\n    code\n    nameEn\n    nameFr\n    specimen\n    unit\n    numeric\n    referenceRanges {\n      sex\n      minAgeYears\n      maxAgeYears\n      low\n      high\n      criticalLow\n      criticalHigh\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LabWorklist($statuses: [LabOrderStatus!], $first: Int, $after: String) {\n  labOrders(filter: {statuses: $statuses}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RecordsLabOrder\n      clinicalInfo\n      patient {\n        id\n        displayName\n        mrn\n        age\n        sex\n      }\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}"): (typeof documents)["query LabWorklist($statuses: [LabOrderStatus!], $first: Int, $after: String) {\n  labOrders(filter: {statuses: $statuses}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RecordsLabOrder\n      clinicalInfo\n      patient {\n        id\n        displayName\n        mrn\n        age\n        sex\n      }\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkEnteredInError($input: MarkEnteredInErrorInput!) {\n  markEnteredInError(input: $input) {\n    id\n    kind\n    enteredInError\n  }\n}"): (typeof documents)["mutation MarkEnteredInError($input: MarkEnteredInErrorInput!) {\n  markEnteredInError(input: $input) {\n    id\n    kind\n    enteredInError\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MedicationSchedule($patientId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  medicationSchedule(patientId: $patientId, from: $from, to: $to) {\n    scheduledAt\n    state\n    prescription {\n      id\n      medicationName\n      strength\n      dose\n      doseUnit\n      route\n    }\n    administration {\n      id\n      status\n      occurredAt\n      dose\n      doseUnit\n      reason\n      recordedByName\n    }\n  }\n}"): (typeof documents)["query MedicationSchedule($patientId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  medicationSchedule(patientId: $patientId, from: $from, to: $to) {\n    scheduledAt\n    state\n    prescription {\n      id\n      medicationName\n      strength\n      dose\n      doseUnit\n      route\n    }\n    administration {\n      id\n      status\n      occurredAt\n      dose\n      doseUnit\n      reason\n      recordedByName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPatientId {\n  me {\n    id\n    patient {\n      id\n    }\n  }\n}"): (typeof documents)["query MyPatientId {\n  me {\n    id\n    patient {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRecord($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 10) {\n      ...RecordsVitals\n    }\n  }\n  encounters(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsEncounter\n    }\n  }\n  labResults(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsLabResult\n    }\n  }\n}"): (typeof documents)["query MyRecord($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 10) {\n      ...RecordsVitals\n    }\n  }\n  encounters(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsEncounter\n    }\n  }\n  labResults(patientId: $patientId, first: 10) {\n    nodes {\n      ...RecordsLabResult\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderLabTests($input: OrderLabTestsInput!) {\n  orderLabTests(input: $input) {\n    ...RecordsLabOrder\n  }\n}"): (typeof documents)["mutation OrderLabTests($input: OrderLabTestsInput!) {\n  orderLabTests(input: $input) {\n    ...RecordsLabOrder\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientChart($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activeProblems {\n      id\n      code\n      label\n      rank\n      occurredAt\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 20) {\n      ...RecordsVitals\n    }\n    pendingLabOrders {\n      ...RecordsLabOrder\n    }\n    recentLabResults(first: 10) {\n      ...RecordsLabResult\n    }\n    recentEncounters(first: 5) {\n      ...RecordsEncounter\n    }\n  }\n}"): (typeof documents)["query PatientChart($patientId: ID!) {\n  patientChart(patientId: $patientId) {\n    patientId\n    allergies {\n      id\n      substance\n      reaction\n      severity\n    }\n    activeProblems {\n      id\n      code\n      label\n      rank\n      occurredAt\n    }\n    activePrescriptions {\n      ...RecordsPrescription\n    }\n    latestVitals {\n      ...RecordsVitals\n    }\n    vitalsTrend(last: 20) {\n      ...RecordsVitals\n    }\n    pendingLabOrders {\n      ...RecordsLabOrder\n    }\n    recentLabResults(first: 10) {\n      ...RecordsLabResult\n    }\n    recentEncounters(first: 5) {\n      ...RecordsEncounter\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientDiagnoses($patientId: ID!) {\n  diagnoses(patientId: $patientId) {\n    id\n    code\n    label\n    rank\n    status\n    encounterId\n    enteredInError\n    enteredInErrorReason\n  }\n}"): (typeof documents)["query PatientDiagnoses($patientId: ID!) {\n  diagnoses(patientId: $patientId) {\n    id\n    code\n    label\n    rank\n    status\n    encounterId\n    enteredInError\n    enteredInErrorReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientLabOrders($patientId: ID!, $first: Int) {\n  labOrders(filter: {patientId: $patientId}, first: $first) {\n    nodes {\n      ...RecordsLabOrder\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}"): (typeof documents)["query PatientLabOrders($patientId: ID!, $first: Int) {\n  labOrders(filter: {patientId: $patientId}, first: $first) {\n    nodes {\n      ...RecordsLabOrder\n      result {\n        ...RecordsLabResult\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientTimeline($patientId: ID!, $first: Int, $after: String, $kinds: [ClinicalEntryKind!]) {\n  patientTimeline(\n    patientId: $patientId\n    first: $first\n    after: $after\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      occurredAt\n      enteredInError\n      encounter {\n        ...RecordsEncounter\n        enteredInErrorReason\n      }\n      diagnosis {\n        id\n        code\n        label\n        rank\n        status\n        recordedByName\n        enteredInErrorReason\n      }\n      prescription {\n        ...RecordsPrescription\n        stopReason\n        enteredInErrorReason\n      }\n      vitals {\n        ...RecordsVitals\n        enteredInErrorReason\n      }\n      careNote {\n        id\n        category\n        text\n        recordedByName\n        enteredInErrorReason\n      }\n      administration {\n        id\n        status\n        dose\n        doseUnit\n        reason\n        scheduledAt\n        prescriptionId\n        recordedByName\n      }\n      labOrder {\n        ...RecordsLabOrder\n      }\n      labResult {\n        ...RecordsLabResult\n      }\n      attachment {\n        id\n        title\n        fileName\n        contentType\n      }\n    }\n  }\n}"): (typeof documents)["query PatientTimeline($patientId: ID!, $first: Int, $after: String, $kinds: [ClinicalEntryKind!]) {\n  patientTimeline(\n    patientId: $patientId\n    first: $first\n    after: $after\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      occurredAt\n      enteredInError\n      encounter {\n        ...RecordsEncounter\n        enteredInErrorReason\n      }\n      diagnosis {\n        id\n        code\n        label\n        rank\n        status\n        recordedByName\n        enteredInErrorReason\n      }\n      prescription {\n        ...RecordsPrescription\n        stopReason\n        enteredInErrorReason\n      }\n      vitals {\n        ...RecordsVitals\n        enteredInErrorReason\n      }\n      careNote {\n        id\n        category\n        text\n        recordedByName\n        enteredInErrorReason\n      }\n      administration {\n        id\n        status\n        dose\n        doseUnit\n        reason\n        scheduledAt\n        prescriptionId\n        recordedByName\n      }\n      labOrder {\n        ...RecordsLabOrder\n      }\n      labResult {\n        ...RecordsLabResult\n      }\n      attachment {\n        id\n        title\n        fileName\n        contentType\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Prescribe($input: PrescribeInput!) {\n  prescribe(input: $input) {\n    ...RecordsPrescription\n  }\n}"): (typeof documents)["mutation Prescribe($input: PrescribeInput!) {\n  prescribe(input: $input) {\n    ...RecordsPrescription\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposedLot($prescriptionId: ID!) {\n  proposedLot(prescriptionId: $prescriptionId) {\n    locationId\n    quantity\n    lot {\n      id\n      lotNumber\n      expiryDate\n    }\n  }\n}"): (typeof documents)["query ProposedLot($prescriptionId: ID!) {\n  proposedLot(prescriptionId: $prescriptionId) {\n    locationId\n    quantity\n    lot {\n      id\n      lotNumber\n      expiryDate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMedicationAdministration($input: RecordMedicationAdministrationInput!) {\n  recordMedicationAdministration(input: $input) {\n    id\n    status\n    scheduledAt\n    occurredAt\n    dose\n    doseUnit\n    reason\n    recordedByName\n  }\n}"): (typeof documents)["mutation RecordMedicationAdministration($input: RecordMedicationAdministrationInput!) {\n  recordMedicationAdministration(input: $input) {\n    id\n    status\n    scheduledAt\n    occurredAt\n    dose\n    doseUnit\n    reason\n    recordedByName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordVitals($input: RecordVitalsInput!) {\n  recordVitals(input: $input) {\n    ...RecordsVitals\n  }\n}"): (typeof documents)["mutation RecordVitals($input: RecordVitalsInput!) {\n  recordVitals(input: $input) {\n    ...RecordsVitals\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordsEncounter on Encounter {\n  id\n  kind\n  status\n  reason\n  startedAt\n  endedAt\n  practitionerName\n}"): (typeof documents)["fragment RecordsEncounter on Encounter {\n  id\n  kind\n  status\n  reason\n  startedAt\n  endedAt\n  practitionerName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordsLabOrder on LabOrder {\n  id\n  testCode\n  testNameEn\n  testNameFr\n  specimen\n  priority\n  status\n  occurredAt\n  orderedByName\n  collectedAt\n}"): (typeof documents)["fragment RecordsLabOrder on LabOrder {\n  id\n  testCode\n  testNameEn\n  testNameFr\n  specimen\n  priority\n  status\n  occurredAt\n  orderedByName\n  collectedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordsLabResult on LabResult {\n  id\n  orderId\n  testCode\n  testNameEn\n  testNameFr\n  valueNumeric\n  valueText\n  unit\n  flag\n  critical\n  referenceLow\n  referenceHigh\n  comment\n  occurredAt\n  validatedAt\n  validatedByName\n  recordedByName\n}"): (typeof documents)["fragment RecordsLabResult on LabResult {\n  id\n  orderId\n  testCode\n  testNameEn\n  testNameFr\n  valueNumeric\n  valueText\n  unit\n  flag\n  critical\n  referenceLow\n  referenceHigh\n  comment\n  occurredAt\n  validatedAt\n  validatedByName\n  recordedByName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordsPrescription on Prescription {\n  id\n  medicationName\n  form\n  strength\n  dose\n  doseUnit\n  route\n  scheduleTimes\n  intervalHours\n  asNeeded\n  startAt\n  endAt\n  instructions\n  status\n  allergyConflicts\n  allergyOverrideReason\n  recordedByName\n}"): (typeof documents)["fragment RecordsPrescription on Prescription {\n  id\n  medicationName\n  form\n  strength\n  dose\n  doseUnit\n  route\n  scheduleTimes\n  intervalHours\n  asNeeded\n  startAt\n  endAt\n  instructions\n  status\n  allergyConflicts\n  allergyOverrideReason\n  recordedByName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordsVitals on VitalSigns {\n  id\n  takenAt\n  temperatureC\n  heartRate\n  systolicBp\n  diastolicBp\n  respiratoryRate\n  spo2\n  onOxygen\n  consciousness\n  painScore\n  weightKg\n  glucoseMmolL\n  news2Score\n  news2Risk\n  abnormal\n  recordedByName\n  enteredInError\n}"): (typeof documents)["fragment RecordsVitals on VitalSigns {\n  id\n  takenAt\n  temperatureC\n  heartRate\n  systolicBp\n  diastolicBp\n  respiratoryRate\n  spo2\n  onOxygen\n  consciousness\n  painScore\n  weightKg\n  glucoseMmolL\n  news2Score\n  news2Risk\n  abnormal\n  recordedByName\n  enteredInError\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveDiagnosis($input: ResolveDiagnosisInput!) {\n  resolveDiagnosis(input: $input) {\n    id\n    status\n    resolvedAt\n  }\n}"): (typeof documents)["mutation ResolveDiagnosis($input: ResolveDiagnosisInput!) {\n  resolveDiagnosis(input: $input) {\n    id\n    status\n    resolvedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StopPrescription($input: StopPrescriptionInput!) {\n  stopPrescription(input: $input) {\n    ...RecordsPrescription\n    stoppedAt\n    stopReason\n  }\n}"): (typeof documents)["mutation StopPrescription($input: StopPrescriptionInput!) {\n  stopPrescription(input: $input) {\n    ...RecordsPrescription\n    stoppedAt\n    stopReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UrgentNotifications {\n  notifications(unreadOnly: true, first: 10) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      createdAt\n    }\n  }\n}"): (typeof documents)["query UrgentNotifications {\n  notifications(unreadOnly: true, first: 10) {\n    nodes {\n      id\n      kind\n      params\n      urgent\n      link\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ValidateLabResult($input: ValidateLabResultInput!) {\n  validateLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}"): (typeof documents)["mutation ValidateLabResult($input: ValidateLabResultInput!) {\n  validateLabResult(input: $input) {\n    ...RecordsLabResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($period: ReportPeriodInput!, $serviceId: ID) {\n  dashboard(period: $period, serviceId: $serviceId) {\n    from\n    to\n    serviceId\n    ownActivityOnly\n    demographics {\n      patientsSeen\n      filteredByService\n      byAgeRange {\n        ageRange\n        patients\n      }\n      bySex {\n        sex\n        patients\n      }\n      cells {\n        ageRange\n        sex\n        patients\n      }\n    }\n    appointments {\n      ownActivityOnly\n      practitioners {\n        practitionerId\n        name\n        specialty\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n      total {\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n    }\n    occupancy {\n      filteredByService\n      wards {\n        wardId\n        wardName\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n      total {\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n    }\n    emergency {\n      arrivals\n      closed\n      admitted\n      medianMinutesToTriage\n      medianMinutesToDoctor\n      admissionRate\n      outcomes {\n        outcome\n        cases\n      }\n    }\n    revenue {\n      currency\n      invoicesIssued\n      creditNotesIssued\n      byActKind {\n        actKind\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      total {\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      payments {\n        receivedMinor\n        refundedMinor\n        netMinor\n      }\n      outstandingPatientMinor\n      outstandingInsurerMinor\n      outstandingMinor\n    }\n    expenses {\n      currency\n      purchasesMinor\n      purchasedUnits\n      filteredByService\n      writeOffsByReason {\n        reason\n        units\n        valueMinor\n      }\n      writeOffs {\n        units\n        valueMinor\n      }\n      totalMinor\n    }\n  }\n}"): (typeof documents)["query Dashboard($period: ReportPeriodInput!, $serviceId: ID) {\n  dashboard(period: $period, serviceId: $serviceId) {\n    from\n    to\n    serviceId\n    ownActivityOnly\n    demographics {\n      patientsSeen\n      filteredByService\n      byAgeRange {\n        ageRange\n        patients\n      }\n      bySex {\n        sex\n        patients\n      }\n      cells {\n        ageRange\n        sex\n        patients\n      }\n    }\n    appointments {\n      ownActivityOnly\n      practitioners {\n        practitionerId\n        name\n        specialty\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n      total {\n        booked\n        completed\n        cancelled\n        cancelledByPractitioner\n        noShows\n        pending\n        completedMinutes\n        cancellationRate\n        noShowRate\n      }\n    }\n    occupancy {\n      filteredByService\n      wards {\n        wardId\n        wardName\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n      total {\n        beds\n        bedNights\n        occupiedBedNights\n        occupancyRate\n        discharges\n        meanLengthOfStayDays\n      }\n    }\n    emergency {\n      arrivals\n      closed\n      admitted\n      medianMinutesToTriage\n      medianMinutesToDoctor\n      admissionRate\n      outcomes {\n        outcome\n        cases\n      }\n    }\n    revenue {\n      currency\n      invoicesIssued\n      creditNotesIssued\n      byActKind {\n        actKind\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      total {\n        invoicedMinor\n        creditedMinor\n        netMinor\n        insurerMinor\n        patientMinor\n      }\n      payments {\n        receivedMinor\n        refundedMinor\n        netMinor\n      }\n      outstandingPatientMinor\n      outstandingInsurerMinor\n      outstandingMinor\n    }\n    expenses {\n      currency\n      purchasesMinor\n      purchasedUnits\n      filteredByService\n      writeOffsByReason {\n        reason\n        units\n        valueMinor\n      }\n      writeOffs {\n        units\n        valueMinor\n      }\n      totalMinor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportExport($kind: ReportExportKind!, $period: ReportPeriodInput!, $serviceId: ID, $separator: CsvSeparator, $language: Locale) {\n  reportExport(\n    kind: $kind\n    period: $period\n    serviceId: $serviceId\n    separator: $separator\n    language: $language\n  ) {\n    fileName\n    contentType\n    base64\n  }\n}"): (typeof documents)["query ReportExport($kind: ReportExportKind!, $period: ReportPeriodInput!, $serviceId: ID, $separator: CsvSeparator, $language: Locale) {\n  reportExport(\n    kind: $kind\n    period: $period\n    serviceId: $serviceId\n    separator: $separator\n    language: $language\n  ) {\n    fileName\n    contentType\n    base64\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportServices {\n  reportServices {\n    id\n    name\n    wards\n  }\n}"): (typeof documents)["query ReportServices {\n  reportServices {\n    id\n    name\n    wards\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptWaitlistOffer($input: WaitlistIdInput!) {\n  acceptWaitlistOffer(input: $input) {\n    ...AppointmentFields\n  }\n}"): (typeof documents)["mutation AcceptWaitlistOffer($input: WaitlistIdInput!) {\n  acceptWaitlistOffer(input: $input) {\n    ...AppointmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAvailabilityException($input: AddAvailabilityExceptionInput!) {\n  addAvailabilityException(input: $input) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}"): (typeof documents)["mutation AddAvailabilityException($input: AddAvailabilityExceptionInput!) {\n  addAvailabilityException(input: $input) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AppointmentChanged {\n  appointmentChanged {\n    appointmentId\n    practitionerId\n    kind\n  }\n}"): (typeof documents)["subscription AppointmentChanged {\n  appointmentChanged {\n    appointmentId\n    practitionerId\n    kind\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AppointmentFields on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  cancelReason\n  version\n  practitioner {\n    id\n    displayName\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}"): (typeof documents)["fragment AppointmentFields on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  cancelReason\n  version\n  practitioner {\n    id\n    displayName\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Appointments($filter: AppointmentFilter, $first: Int, $after: String) {\n  appointments(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...AppointmentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Appointments($filter: AppointmentFilter, $first: Int, $after: String) {\n  appointments(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...AppointmentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableSlots($practitionerId: ID, $specialty: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n  availableSlots(\n    practitionerId: $practitionerId\n    specialty: $specialty\n    from: $from\n    to: $to\n  ) {\n    practitioner {\n      id\n      displayName\n    }\n    slots {\n      startsAt\n      endsAt\n    }\n  }\n}"): (typeof documents)["query AvailableSlots($practitionerId: ID, $specialty: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n  availableSlots(\n    practitionerId: $practitionerId\n    specialty: $specialty\n    from: $from\n    to: $to\n  ) {\n    practitioner {\n      id\n      displayName\n    }\n    slots {\n      startsAt\n      endsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SchedulingBoardAppointment on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  version\n  patient {\n    id\n    displayName\n    mrn\n    phone\n  }\n}"): (typeof documents)["fragment SchedulingBoardAppointment on Appointment {\n  id\n  startsAt\n  endsAt\n  originalStartsAt\n  durationMinutes\n  status\n  reason\n  version\n  patient {\n    id\n    displayName\n    mrn\n    phone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"): (typeof documents)["mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"): (typeof documents)["mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelPractitionerDay($input: CancelPractitionerDayInput!) {\n  cancelPractitionerDay(input: $input) {\n    phone\n    patient {\n      id\n      displayName\n      mrn\n    }\n    appointment {\n      id\n      startsAt\n      status\n    }\n  }\n}"): (typeof documents)["mutation CancelPractitionerDay($input: CancelPractitionerDayInput!) {\n  cancelPractitionerDay(input: $input) {\n    phone\n    patient {\n      id\n      displayName\n      mrn\n    }\n    appointment {\n      id\n      startsAt\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelWaitlistRequest($input: WaitlistIdInput!) {\n  cancelWaitlistRequest(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CancelWaitlistRequest($input: WaitlistIdInput!) {\n  cancelWaitlistRequest(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckInAppointment($input: AppointmentIdInput!) {\n  checkInAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation CheckInAppointment($input: AppointmentIdInput!) {\n  checkInAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteAppointment($input: AppointmentIdInput!) {\n  completeAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation CompleteAppointment($input: AppointmentIdInput!) {\n  completeAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAppointment($input: AppointmentIdInput!) {\n  confirmAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation ConfirmAppointment($input: AppointmentIdInput!) {\n  confirmAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DayBoard($date: LocalDate!, $practitionerId: ID) {\n  dayBoard(date: $date, practitionerId: $practitionerId) {\n    practitioner {\n      id\n      displayName\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n  }\n}"): (typeof documents)["query DayBoard($date: LocalDate!, $practitionerId: ID) {\n  dayBoard(date: $date, practitionerId: $practitionerId) {\n    practitioner {\n      id\n      displayName\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n    }\n    appointments {\n      ...SchedulingBoardAppointment\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DoctorAccounts {\n  users(role: DOCTOR, first: 100) {\n    nodes {\n      id\n      displayName\n      active\n    }\n  }\n}"): (typeof documents)["query DoctorAccounts {\n  users(role: DOCTOR, first: 100) {\n    nodes {\n      id\n      displayName\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNoShow($input: AppointmentIdInput!) {\n  markNoShow(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation MarkNoShow($input: AppointmentIdInput!) {\n  markNoShow(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPractitionerProfile {\n  myPractitionerProfile {\n    id\n    displayName\n    consultationMinutes\n    bio\n    languages\n    active\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}"): (typeof documents)["query MyPractitionerProfile {\n  myPractitionerProfile {\n    id\n    displayName\n    consultationMinutes\n    bio\n    languages\n    active\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyWorkingHours {\n  myWorkingHours {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"): (typeof documents)["query MyWorkingHours {\n  myWorkingHours {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchedulingPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      phone\n    }\n  }\n}"): (typeof documents)["query SchedulingPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      phone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PractitionerAvailability($id: ID!) {\n  practitioner(id: $id) {\n    id\n    displayName\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n  availabilityExceptions(practitionerId: $id) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}"): (typeof documents)["query PractitionerAvailability($id: ID!) {\n  practitioner(id: $id) {\n    id\n    displayName\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n  availabilityExceptions(practitionerId: $id) {\n    id\n    kind\n    startsAt\n    endsAt\n    slotMinutes\n    reason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Practitioners($specialty: String, $first: Int, $after: String) {\n  practitioners(specialty: $specialty, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      active\n      specialty\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n      languages\n      bio\n      consultationMinutes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Practitioners($specialty: String, $first: Int, $after: String) {\n  practitioners(specialty: $specialty, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      active\n      specialty\n      specialtyInfo {\n        code\n        labelFr\n        labelEn\n      }\n      languages\n      bio\n      consultationMinutes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAvailabilityException($input: RemoveAvailabilityExceptionInput!) {\n  removeAvailabilityException(input: $input)\n}"): (typeof documents)["mutation RemoveAvailabilityException($input: RemoveAvailabilityExceptionInput!) {\n  removeAvailabilityException(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportDelay($input: ReportDelayInput!) {\n  reportDelay(input: $input) {\n    id\n    startsAt\n    endsAt\n    originalStartsAt\n    version\n  }\n}"): (typeof documents)["mutation ReportDelay($input: ReportDelayInput!) {\n  reportDelay(input: $input) {\n    id\n    startsAt\n    endsAt\n    originalStartsAt\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestWaitlist($input: RequestWaitlistInput!) {\n  requestWaitlist(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RequestWaitlist($input: RequestWaitlistInput!) {\n  requestWaitlist(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"): (typeof documents)["mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    ...AppointmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyWorkingHours($input: SetMyWorkingHoursInput!) {\n  setMyWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"): (typeof documents)["mutation SetMyWorkingHours($input: SetMyWorkingHoursInput!) {\n  setMyWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStaffWorkingHours($input: SetStaffWorkingHoursInput!) {\n  setStaffWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"): (typeof documents)["mutation SetStaffWorkingHours($input: SetStaffWorkingHoursInput!) {\n  setStaffWorkingHours(input: $input) {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetWeeklyAvailability($input: SetWeeklyAvailabilityInput!) {\n  setWeeklyAvailability(input: $input) {\n    id\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n}"): (typeof documents)["mutation SetWeeklyAvailability($input: SetWeeklyAvailabilityInput!) {\n  setWeeklyAvailability(input: $input) {\n    id\n    weeklySessions {\n      id\n      weekday\n      startTime\n      endTime\n      slotMinutes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Specialties {\n  specialties {\n    code\n    labelFr\n    labelEn\n  }\n}"): (typeof documents)["query Specialties {\n  specialties {\n    code\n    labelFr\n    labelEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffHoursEntry on StaffHours {\n  userId\n  displayName\n  role\n  jobTitle\n  spans {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"): (typeof documents)["fragment StaffHoursEntry on StaffHours {\n  userId\n  displayName\n  role\n  jobTitle\n  spans {\n    id\n    weekday\n    startTime\n    endTime\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffHoursName on StaffHours {\n  userId\n  displayName\n}"): (typeof documents)["fragment StaffHoursName on StaffHours {\n  userId\n  displayName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffHoursRoster($search: String, $role: Role, $first: Int, $after: String) {\n  staffHoursRoster(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...StaffHoursEntry\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query StaffHoursRoster($search: String, $role: Role, $first: Int, $after: String) {\n  staffHoursRoster(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...StaffHoursEntry\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffHours($userId: ID!) {\n  staffHours(userId: $userId) {\n    ...StaffHoursEntry\n  }\n}"): (typeof documents)["query StaffHours($userId: ID!) {\n  staffHours(userId: $userId) {\n    ...StaffHoursEntry\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartAppointment($input: AppointmentIdInput!) {\n  startAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation StartAppointment($input: AppointmentIdInput!) {\n  startAppointment(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyPractitionerProfile($input: UpdateMyPractitionerProfileInput!) {\n  updateMyPractitionerProfile(input: $input) {\n    id\n    bio\n    languages\n    consultationMinutes\n  }\n}"): (typeof documents)["mutation UpdateMyPractitionerProfile($input: UpdateMyPractitionerProfileInput!) {\n  updateMyPractitionerProfile(input: $input) {\n    id\n    bio\n    languages\n    consultationMinutes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    id\n    displayName\n    active\n    specialty\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n    languages\n    bio\n    consultationMinutes\n  }\n}"): (typeof documents)["mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    id\n    displayName\n    active\n    specialty\n    specialtyInfo {\n      code\n      labelFr\n      labelEn\n    }\n    languages\n    bio\n    consultationMinutes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitHistory($patientId: ID!, $first: Int, $after: String) {\n  visitHistory(patientId: $patientId, first: $first, after: $after) {\n    nodes {\n      id\n      startsAt\n      reason\n      encounterId\n      practitioner {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query VisitHistory($patientId: ID!, $first: Int, $after: String) {\n  visitHistory(patientId: $patientId, first: $first, after: $after) {\n    nodes {\n      id\n      startsAt\n      reason\n      encounterId\n      practitioner {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Waitlist($patientId: ID) {\n  waitlist(patientId: $patientId) {\n    id\n    status\n    fromDate\n    toDate\n    specialty\n    reason\n    createdAt\n    patient {\n      id\n      displayName\n      phone\n    }\n    practitioner {\n      id\n      displayName\n    }\n    offer {\n      id\n      startsAt\n      endsAt\n      expiresAt\n      status\n    }\n  }\n}"): (typeof documents)["query Waitlist($patientId: ID) {\n  waitlist(patientId: $patientId) {\n    id\n    status\n    fromDate\n    toDate\n    specialty\n    reason\n    createdAt\n    patient {\n      id\n      displayName\n      phone\n    }\n    practitioner {\n      id\n      displayName\n    }\n    offer {\n      id\n      startsAt\n      endsAt\n      expiresAt\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserMfa($id: ID!) {\n  resetUserMfa(id: $id) {\n    ...UserFields\n  }\n}"): (typeof documents)["mutation ResetUserMfa($id: ID!) {\n  resetUserMfa(id: $id) {\n    ...UserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}"): (typeof documents)["mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}"): (typeof documents)["mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}"): (typeof documents)["fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  mfaEnabled\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}"): (typeof documents)["query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddBed($input: AddBedInput!) {\n  addBed(input: $input) {\n    id\n    label\n    condition\n  }\n}"): (typeof documents)["mutation AddBed($input: AddBedInput!) {\n  addBed(input: $input) {\n    id\n    label\n    condition\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdmitPatient($input: AdmitPatientInput!) {\n  admitPatient(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation AdmitPatient($input: AdmitPatientInput!) {\n  admitPatient(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignNurses($input: AssignNursesInput!) {\n  assignNurses(input: $input) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}"): (typeof documents)["mutation AssignNurses($input: AssignNursesInput!) {\n  assignNurses(input: $input) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttendingCandidates {\n  attendingCandidates {\n    userId\n    name\n    jobTitle\n  }\n}"): (typeof documents)["query AttendingCandidates {\n  attendingCandidates {\n    userId\n    name\n    jobTitle\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BedBoardChanged($wardId: ID) {\n  bedBoardChanged(wardId: $wardId) {\n    wardId\n    bedId\n    change\n  }\n}"): (typeof documents)["subscription BedBoardChanged($wardId: ID) {\n  bedBoardChanged(wardId: $wardId) {\n    wardId\n    bedId\n    change\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BedBoard($wardId: ID!, $clinical: Boolean!) {\n  bedBoard(wardId: $wardId) {\n    asOf\n    shift\n    ward {\n      id\n      name\n      floor\n    }\n    nurses {\n      id\n      nurseUserId\n      nurseName\n    }\n    beds {\n      bedId\n      label\n      roomId\n      roomNumber\n      roomKind\n      isolationCapable\n      status\n      condition\n      conditionReason\n      conditionSince\n      reservationId\n      reservedFor\n      reservedPatientName\n      reservedPatientId\n      occupant {\n        admissionId\n        patientId\n        name\n        mrn\n        age\n        sex\n        days\n        admittedAt\n        attendingName\n        attendingUserId\n        clinicalShown\n        news2Score @include(if: $clinical)\n        news2Risk @include(if: $clinical)\n        allergyFlag @include(if: $clinical)\n        newResults @include(if: $clinical)\n      }\n    }\n  }\n}"): (typeof documents)["query BedBoard($wardId: ID!, $clinical: Boolean!) {\n  bedBoard(wardId: $wardId) {\n    asOf\n    shift\n    ward {\n      id\n      name\n      floor\n    }\n    nurses {\n      id\n      nurseUserId\n      nurseName\n    }\n    beds {\n      bedId\n      label\n      roomId\n      roomNumber\n      roomKind\n      isolationCapable\n      status\n      condition\n      conditionReason\n      conditionSince\n      reservationId\n      reservedFor\n      reservedPatientName\n      reservedPatientId\n      occupant {\n        admissionId\n        patientId\n        name\n        mrn\n        age\n        sex\n        days\n        admittedAt\n        attendingName\n        attendingUserId\n        clinicalShown\n        news2Score @include(if: $clinical)\n        news2Risk @include(if: $clinical)\n        allergyFlag @include(if: $clinical)\n        newResults @include(if: $clinical)\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelAdmission($input: CancelAdmissionInput!) {\n  cancelAdmission(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CancelAdmission($input: CancelAdmissionInput!) {\n  cancelAdmission(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBedReservation($input: ReservationIdInput!) {\n  cancelBedReservation(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CancelBedReservation($input: ReservationIdInput!) {\n  cancelBedReservation(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DischargePatient($input: DischargePatientInput!) {\n  dischargePatient(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation DischargePatient($input: DischargePatientInput!) {\n  dischargePatient(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InpatientRowFields on InpatientRow {\n  admissionId\n  patientId\n  name\n  mrn\n  age\n  sex\n  days\n  wardId\n  wardName\n  roomNumber\n  bedId\n  bedLabel\n  attendingName\n  reason\n  news2Score\n  news2Risk\n  news2At\n  allergyFlag\n  newResults\n}"): (typeof documents)["fragment InpatientRowFields on InpatientRow {\n  admissionId\n  patientId\n  name\n  mrn\n  age\n  sex\n  days\n  wardId\n  wardName\n  roomNumber\n  bedId\n  bedLabel\n  attendingName\n  reason\n  news2Score\n  news2Risk\n  news2At\n  allergyFlag\n  newResults\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPatients {\n  myPatients {\n    ...InpatientRowFields\n  }\n}"): (typeof documents)["query MyPatients {\n  myPatients {\n    ...InpatientRowFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRound {\n  myRound {\n    ...InpatientRowFields\n  }\n}"): (typeof documents)["query MyRound {\n  myRound {\n    ...InpatientRowFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NurseAssignments($date: LocalDate!, $wardId: ID) {\n  nurseAssignments(date: $date, wardId: $wardId) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}"): (typeof documents)["query NurseAssignments($date: LocalDate!, $wardId: ID) {\n  nurseAssignments(date: $date, wardId: $wardId) {\n    id\n    date\n    shift\n    nurseUserId\n    nurseName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NurseCandidates {\n  nurseCandidates {\n    userId\n    name\n    jobTitle\n  }\n}"): (typeof documents)["query NurseCandidates {\n  nurseCandidates {\n    userId\n    name\n    jobTitle\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientAdmissions($patientId: ID!, $clinical: Boolean!) {\n  patient(id: $patientId) {\n    id\n    displayName\n    mrn\n  }\n  admissions(patientId: $patientId) {\n    id\n    status\n    source\n    reason @include(if: $clinical)\n    admittedAt\n    dischargedAt\n    dischargeDestination\n    dischargeSummary @include(if: $clinical)\n    cancelledAt\n    cancelReason\n    attendingName\n    stays {\n      id\n      startedAt\n      endedAt\n      transferReason\n      bed {\n        id\n        label\n      }\n      ward {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query PatientAdmissions($patientId: ID!, $clinical: Boolean!) {\n  patient(id: $patientId) {\n    id\n    displayName\n    mrn\n  }\n  admissions(patientId: $patientId) {\n    id\n    status\n    source\n    reason @include(if: $clinical)\n    admittedAt\n    dischargedAt\n    dischargeDestination\n    dischargeSummary @include(if: $clinical)\n    cancelledAt\n    cancelReason\n    attendingName\n    stays {\n      id\n      startedAt\n      endedAt\n      transferReason\n      bed {\n        id\n        label\n      }\n      ward {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveBed($input: BedIdInput!) {\n  removeBed(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveBed($input: BedIdInput!) {\n  removeBed(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReserveBed($input: ReserveBedInput!) {\n  reserveBed(input: $input) {\n    id\n    plannedFor\n    note\n  }\n}"): (typeof documents)["mutation ReserveBed($input: ReserveBedInput!) {\n  reserveBed(input: $input) {\n    id\n    plannedFor\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveRoom($input: SaveRoomInput!) {\n  saveRoom(input: $input) {\n    id\n    number\n    kind\n    isolationCapable\n  }\n}"): (typeof documents)["mutation SaveRoom($input: SaveRoomInput!) {\n  saveRoom(input: $input) {\n    id\n    number\n    kind\n    isolationCapable\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveWard($input: SaveWardInput!) {\n  saveWard(input: $input) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n  }\n}"): (typeof documents)["mutation SaveWard($input: SaveWardInput!) {\n  saveWard(input: $input) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetBedStatus($input: SetBedStatusInput!) {\n  setBedStatus(input: $input) {\n    id\n    condition\n    conditionReason\n    version\n  }\n}"): (typeof documents)["mutation SetBedStatus($input: SetBedStatusInput!) {\n  setBedStatus(input: $input) {\n    id\n    condition\n    conditionReason\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransferBeds($wardId: ID!) {\n  bedBoard(wardId: $wardId) {\n    ward {\n      id\n      name\n    }\n    beds {\n      bedId\n      label\n      roomNumber\n      status\n    }\n  }\n}"): (typeof documents)["query TransferBeds($wardId: ID!) {\n  bedBoard(wardId: $wardId) {\n    ward {\n      id\n      name\n    }\n    beds {\n      bedId\n      label\n      roomNumber\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferPatient($input: TransferPatientInput!) {\n  transferPatient(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation TransferPatient($input: TransferPatientInput!) {\n  transferPatient(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WardPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      age\n      sex\n      status\n    }\n  }\n}"): (typeof documents)["query WardPatientPicker($search: String, $first: Int) {\n  patients(search: $search, first: $first) {\n    nodes {\n      id\n      displayName\n      mrn\n      birthDate\n      age\n      sex\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WardStructure($id: ID!) {\n  ward(id: $id) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n    rooms {\n      id\n      number\n      kind\n      isolationCapable\n      beds {\n        id\n        label\n        condition\n      }\n    }\n  }\n}"): (typeof documents)["query WardStructure($id: ID!) {\n  ward(id: $id) {\n    id\n    name\n    floor\n    service\n    sexPolicy\n    version\n    rooms {\n      id\n      number\n      kind\n      isolationCapable\n      beds {\n        id\n        label\n        condition\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Wards {\n  wards {\n    id\n    name\n    floor\n    service\n    beds\n    free\n    occupied\n    reserved\n    toClean\n    outOfService\n  }\n}"): (typeof documents)["query Wards {\n  wards {\n    id\n    name\n    floor\n    service\n    beds\n    free\n    occupied\n    reserved\n    toClean\n    outOfService\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteDischargeSummary($input: WriteDischargeSummaryInput!) {\n  writeDischargeSummary(input: $input) {\n    id\n    dischargeSummary\n  }\n}"): (typeof documents)["mutation WriteDischargeSummary($input: WriteDischargeSummaryInput!) {\n  writeDischargeSummary(input: $input) {\n    id\n    dischargeSummary\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;