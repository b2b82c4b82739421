/**
 * The hand-curated half of the operation table: for every catalogue operation
 * (`METHOD /practice-relative/path`) its resource area, method name, response
 * shape (from athena-api.md section 5 where it names one) and result type; plus the
 * newer operations athena-api.md names that the legacy catalogue lacks.
 * scripts/draft-operations.ts joins this with the catalogue's parameters.
 *
 * Tuple: [area, method name, response, result type?, note for the summary?]
 * Response: `page:<collectionKey>`, `record`, `record:<collectionKey>`, `array`, `write`, `raw`,
 * `text:<accept>` (a document asked for as text, e.g. `text:text/html`: the method returns the string),
 * `binary:<accept>` (a file asked for as bytes, e.g. `binary:application/pdf`: the method returns a Uint8Array).
 */
export type Curated = readonly [area: string, name: string, response: string, type?: string, note?: string];

export const curated: Record<string, Curated> = {
  // Practice, departments, providers (the first 11 operations are hand-written; listed here to skip them).
  'GET /ping': ['practice', 'ping', 'raw'],
  'GET /practiceinfo': ['practice', 'getPracticeInfo', 'record:practiceinfo'],
  'GET /departments': ['departments', 'listDepartments', 'page:departments'],
  'GET /departments/{departmentid}': ['departments', 'getDepartment', 'record'],
  'GET /departments/{departmentid}/checkinrequired': ['departments', 'getCheckInRequiredFields', 'record', 'CheckInRequirements'],
  'GET /departments/{departmentid}/ecommunicationdisclosure': ['departments', 'getECommunicationDisclosure', 'text:text/html', undefined, 'Returns its HTML (the SDK asks athena for text/html).'],
  'GET /providers': ['providers', 'listProviders', 'page:providers'],
  'GET /providers/{providerid}': ['providers', 'getProvider', 'record'],
  // Unverified: the collection key.
  'GET /providers/{providerid}/inbox': ['providers', 'listInboxTasks', 'page:tasks', 'InboxTask'],
  'GET /providers/{providerid}/inbox/counts': ['providers', 'getInboxCounts', 'raw'],
  'GET /customfields': ['customFields', 'listCustomFields', 'array', 'CustomFieldDefinition'],

  // Reference data
  'GET /employers': ['reference', 'listEmployers', 'page:employers', 'ReferenceItem'],
  'GET /ethnicities': ['reference', 'listEthnicities', 'array', 'ReferenceItem'],
  'GET /languages': ['reference', 'listLanguages', 'array', 'ReferenceItem'],
  'GET /races': ['reference', 'listRaces', 'array', 'ReferenceItem'],
  'GET /states': ['reference', 'listStates', 'array', 'ReferenceItem'],
  'GET /mobilecarriers': ['reference', 'listMobileCarriers', 'array', 'ReferenceItem'],
  'GET /referralsources': ['reference', 'listReferralSources', 'array', 'ReferenceItem'],
  'GET /referringproviders': ['reference', 'listReferringProviders', 'page:referringproviders', 'ReferenceItem'],
  'GET /slidingfeeplans': ['reference', 'listSlidingFeePlans', 'page:slidingfeeplans', 'ReferenceItem'],
  'GET /misc/patientlocations': ['reference', 'listPatientLocations', 'array', 'ReferenceItem'],
  'GET /misc/smstermsandconditions': ['reference', 'getSmsTermsAndConditions', 'raw'],
  'GET /mspinsurancetypes': ['reference', 'listMspInsuranceTypes', 'array', 'ReferenceItem'],
  'GET /reference/allergies': ['reference', 'searchAllergies', 'array', 'ReferenceAllergy'],
  'GET /reference/allergies/reactions': ['reference', 'listAllergyReactions', 'array', 'ReferenceItem'],
  'GET /reference/allergies/severities': ['reference', 'listAllergySeverities', 'array', 'ReferenceItem'],
  'GET /reference/medications': ['reference', 'searchMedications', 'array', 'ReferenceMedication'],
  'GET /reference/medications/stopreasons': ['reference', 'listMedicationStopReasons', 'array', 'ReferenceItem'],
  'GET /misc/topinsurancepackages': ['insurance', 'listTopInsurancePackages', 'page:insurancepackages', 'InsurancePackage'],

  // Staff messages and inboxes
  // Unverified: the collection key.
  'GET /usermessages/{username}': ['admin', 'listUserMessages', 'page:messages', undefined],
  'POST /usermessages/{username}': ['admin', 'sendUserMessage', 'write'],
  'PUT /usermessages/{username}/{messageid}': ['admin', 'updateUserMessage', 'write'],
  'DELETE /usermessages/{username}/{messageid}': ['admin', 'deleteUserMessage', 'write'],
  'GET /configuration/inbox/staff': ['admin', 'listStaffInboxConfiguration', 'raw'],
  // Unverified: the collection key.
  'GET /staff/inbox': ['admin', 'listStaffInboxTasks', 'page:tasks', 'InboxTask'],

  // Appointments
  'GET /appointments/booked': ['appointments', 'listBookedAppointments', 'page:appointments', 'Appointment'],
  'GET /appointments/booked/multipledepartment': ['appointments', 'listBookedAppointmentsInDepartments', 'page:appointments', 'Appointment'],
  'GET /appointments/changed': ['changes', 'listChangedAppointments', 'page:appointments', 'AppointmentChange'],
  'GET /appointments/changed/subscription': ['changes', 'getAppointmentSubscription', 'raw', 'SubscriptionStatus'],
  'POST /appointments/changed/subscription': ['changes', 'subscribeAppointments', 'write'],
  'DELETE /appointments/changed/subscription': ['changes', 'unsubscribeAppointments', 'write'],
  'GET /appointments/open': ['appointments', 'listOpenAppointmentSlots', 'page:appointments', 'OpenSlot'],
  'POST /appointments/open': ['appointments', 'createOpenAppointmentSlots', 'write', 'CreatedSlots'],
  'GET /appointments/report': ['appointments', 'getAppointmentReport', 'page:appointments', 'Appointment'],
  // Unverified: the collection key.
  'GET /appointments/waitlist': ['appointments', 'listWaitlistEntries', 'page:waitlistentries', undefined],
  'POST /appointments/waitlist': ['appointments', 'addWaitlistEntry', 'write'],
  'GET /appointments/waitlist/{waitlistid}': ['appointments', 'getWaitlistEntry', 'record'],
  'PUT /appointments/waitlist/{waitlistid}': ['appointments', 'updateWaitlistEntry', 'write'],
  'DELETE /appointments/waitlist/{waitlistid}': ['appointments', 'deleteWaitlistEntry', 'write'],
  'GET /appointments/{appointmentid}': ['appointments', 'getAppointment', 'record', 'Appointment'],
  'PUT /appointments/{appointmentid}': ['appointments', 'bookAppointment', 'write', 'Appointment', 'athena answers the booked appointment in a one-element array; a taken slot is a 409 ConflictError.'],
  'DELETE /appointments/{appointmentid}': ['appointments', 'deleteOpenAppointmentSlot', 'write', undefined, 'Only open slots can be deleted.'],
  'PUT /appointments/{appointmentid}/cancel': ['appointments', 'cancelAppointment', 'write'],
  'GET /appointments/{appointmentid}/checkin': ['appointments', 'getCheckInRequirements', 'raw'],
  'POST /appointments/{appointmentid}/checkin': ['appointments', 'checkInAppointment', 'write'],
  'PUT /appointments/{appointmentid}/freeze': ['appointments', 'freezeAppointment', 'write', undefined, 'A frozen appointment answers 200 `{success:false, errormessage}`: an ApiError.'],
  'GET /appointments/{appointmentid}/mspq': ['appointments', 'getMspQualifier', 'raw'],
  'PUT /appointments/{appointmentid}/mspq': ['appointments', 'setMspQualifier', 'write'],
  'DELETE /appointments/{appointmentid}/mspq': ['appointments', 'deleteMspQualifier', 'write'],
  'GET /appointments/{appointmentid}/notes': ['appointments', 'listAppointmentNotes', 'page:notes', 'AppointmentNote'],
  'POST /appointments/{appointmentid}/notes': ['appointments', 'addAppointmentNote', 'write'],
  'PUT /appointments/{appointmentid}/notes/{noteid}': ['appointments', 'updateAppointmentNote', 'write'],
  'DELETE /appointments/{appointmentid}/notes/{noteid}': ['appointments', 'deleteAppointmentNote', 'write'],
  'PUT /appointments/{appointmentid}/reschedule': ['appointments', 'rescheduleAppointment', 'write', 'Appointment', 'athena answers the new appointment in a one-element array.'],
  'POST /appointments/{appointmentid}/startcheckin': ['appointments', 'startCheckIn', 'write'],
  'GET /appointments/{appointmentid}/thirdpartycodingstatus': ['appointments', 'getThirdPartyCodingStatus', 'raw'],
  'POST /appointments/{appointmentid}/thirdpartycodingstatus': ['appointments', 'addThirdPartyCodingStatus', 'write'],
  'PUT /appointments/{appointmentid}/thirdpartycodingstatus': ['appointments', 'updateThirdPartyCodingStatus', 'write'],
  'DELETE /appointments/{appointmentid}/thirdpartycodingstatus': ['appointments', 'deleteThirdPartyCodingStatus', 'write'],
  'GET /appointments/{appointmentid}/thirdpartyexternaldata': ['appointments', 'getThirdPartyExternalData', 'raw'],
  'POST /appointments/{appointmentid}/thirdpartyexternaldata': ['appointments', 'addThirdPartyExternalData', 'write'],
  'PUT /appointments/{appointmentid}/thirdpartyexternaldata': ['appointments', 'updateThirdPartyExternalData', 'write'],
  'DELETE /appointments/{appointmentid}/thirdpartyexternaldata': ['appointments', 'deleteThirdPartyExternalData', 'write'],
  'GET /appointmenttypes': ['appointmentTypes', 'listAppointmentTypes', 'page:appointmenttypes', 'AppointmentType'],
  'POST /appointmenttypes': ['appointmentTypes', 'createAppointmentType', 'write'],
  'GET /appointmenttypes/{appointmenttypeid}': ['appointmentTypes', 'getAppointmentType', 'record', 'AppointmentType'],
  'PUT /appointmenttypes/{appointmenttypeid}': ['appointmentTypes', 'updateAppointmentType', 'write'],
  'GET /patientappointmentreasons': ['appointmentReasons', 'listAppointmentReasons', 'page:patientappointmentreasons', 'AppointmentReason'],
  'GET /patientappointmentreasons/existingpatient': ['appointmentReasons', 'listExistingPatientReasons', 'page:patientappointmentreasons', 'AppointmentReason'],
  'GET /patientappointmentreasons/newpatient': ['appointmentReasons', 'listNewPatientReasons', 'page:patientappointmentreasons', 'AppointmentReason'],
  'GET /appointments/{appointmentid}/insurances': ['appointments', 'listAppointmentInsurances', 'page:insurances', 'PatientInsurance'],
  'POST /appointments/{appointmentid}/claim': ['claims', 'createAppointmentClaim', 'write'],

  // Chart
  'GET /chart/configuration/medicalhistory': ['chart', 'getMedicalHistoryConfiguration', 'raw'],
  'GET /chart/configuration/obgynhistory': ['chart', 'getObgynHistoryConfiguration', 'raw'],
  'GET /chart/configuration/socialhistory': ['chart', 'getSocialHistoryConfiguration', 'raw'],
  'GET /chart/configuration/vitals': ['chart', 'getVitalsConfiguration', 'page:vitals'],
  'GET /chart/{patientid}/allergies': ['chart', 'getAllergies', 'raw', 'AllergyList'],
  'PUT /chart/{patientid}/allergies': ['chart', 'updateAllergies', 'write', undefined, 'athena replaces the whole list: prefer addOrUpdateAllergies, which merges with the current list.'],
  'GET /chart/{patientid}/analytes': ['chart', 'listAnalytes', 'array'],
  'GET /chart/{patientid}/careteam': ['chart', 'getCareTeam', 'raw'],
  'GET /chart/{patientid}/clinicalproviders/default': ['chart', 'getDefaultClinicalProviders', 'raw'],
  'PUT /chart/{patientid}/clinicalproviders/default': ['chart', 'updateDefaultClinicalProviders', 'write'],
  'GET /chart/{patientid}/clinicalproviders/preferred': ['chart', 'getPreferredClinicalProviders', 'raw'],
  'PUT /chart/{patientid}/clinicalproviders/preferred': ['chart', 'updatePreferredClinicalProviders', 'write'],
  'DELETE /chart/{patientid}/clinicalproviders/preferred': ['chart', 'deletePreferredClinicalProvider', 'write'],
  'POST /chart/{patientid}/documentexport': ['chart', 'createDocumentExport', 'write'],
  'GET /chart/{patientid}/documentexport/{documentid}': ['chart', 'getDocumentExport', 'raw'],
  'GET /chart/{patientid}/encounters': ['encounters', 'listEncounters', 'page:encounters', 'Encounter'],
  'GET /chart/{patientid}/encounters/{appointmentid}/summary': ['encounters', 'getAppointmentEncounterSummary', 'raw', 'EncounterSummary'],
  'GET /chart/{patientid}/familyhistory': ['chart', 'getFamilyHistory', 'raw'],
  'PUT /chart/{patientid}/familyhistory': ['chart', 'updateFamilyHistory', 'write'],
  // Unverified: the collection key.
  'GET /chart/{patientid}/interpretations': ['chart', 'listInterpretations', 'page:interpretations', undefined],
  'GET /chart/{patientid}/labresults': ['chart', 'listLabResults', 'page:results', 'LabResult'],
  'GET /chart/{patientid}/medicalhistory': ['chart', 'getMedicalHistory', 'raw', 'QuestionList'],
  'PUT /chart/{patientid}/medicalhistory': ['chart', 'updateMedicalHistory', 'write'],
  'GET /chart/{patientid}/medications': ['chart', 'getMedicationsRaw', 'raw', 'MedicationListBody', 'The array-of-arrays body as athena sends it; getMedications flattens it.'],
  'POST /chart/{patientid}/medications': ['chart', 'addMedication', 'write'],
  'PUT /chart/{patientid}/medications': ['chart', 'updateMedicationsSection', 'write'],
  'PUT /chart/{patientid}/medications/{medicationentryid}': ['chart', 'updateMedication', 'write'],
  'GET /chart/{patientid}/obgynhistory': ['chart', 'getObgynHistory', 'raw'],
  'PUT /chart/{patientid}/obgynhistory': ['chart', 'updateObgynHistory', 'write'],
  'GET /chart/{patientid}/problems': ['chart', 'listProblems', 'page:problems', 'Problem'],
  'POST /chart/{patientid}/problems': ['chart', 'addProblem', 'write'],
  'PUT /chart/{patientid}/problems/{problemid}': ['chart', 'updateProblem', 'write'],
  'DELETE /chart/{patientid}/problems/{problemid}': ['chart', 'deleteProblem', 'write'],
  'GET /chart/{patientid}/socialhistory': ['chart', 'getSocialHistory', 'raw', 'QuestionList'],
  'PUT /chart/{patientid}/socialhistory': ['chart', 'updateSocialHistory', 'write'],
  'GET /chart/{patientid}/socialhistory/templates': ['chart', 'listSocialHistoryTemplates', 'array'],
  'PUT /chart/{patientid}/socialhistory/templates': ['chart', 'updateSocialHistoryTemplates', 'write'],
  'GET /chart/{patientid}/surgicalhistory': ['chart', 'getSurgicalHistory', 'raw'],
  'POST /chart/{patientid}/surgicalhistory': ['chart', 'addSurgicalHistory', 'write'],
  'PUT /chart/{patientid}/surgicalhistory': ['chart', 'updateSurgicalHistory', 'write'],
  'GET /chart/{patientid}/vaccines': ['chart', 'listVaccines', 'page:vaccines', 'Vaccine'],
  'POST /chart/{patientid}/vaccines': ['chart', 'addVaccine', 'write'],
  'PUT /chart/{patientid}/vaccines/{vaccineid}': ['chart', 'updateVaccine', 'write'],
  'DELETE /chart/{patientid}/vaccines/{vaccineid}': ['chart', 'deleteVaccine', 'write'],
  'GET /chart/{patientid}/vitals': ['chart', 'listVitals', 'page:vitals', 'Vital'],
  'POST /chart/{patientid}/vitals': ['chart', 'addVitals', 'write'],
  'PUT /chart/{patientid}/vitals/{vitalid}': ['chart', 'updateVital', 'write'],
  'DELETE /chart/{patientid}/vitals/{vitalid}': ['chart', 'deleteVital', 'write'],
  'GET /patients/{patientid}/ccda': ['chart', 'getCcda', 'raw'],

  // Encounters
  'GET /chart/configuration/officeordertypes': ['encounters', 'listOfficeOrderTypes', 'array'],
  'GET /chart/configuration/patientlocations': ['encounters', 'listEncounterPatientLocations', 'array'],
  'GET /chart/configuration/patientstatuses': ['encounters', 'listPatientStatuses', 'array'],
  'GET /chart/configuration/questionnairescreeners': ['encounters', 'listQuestionnaireScreenerTemplates', 'array'],
  'GET /chart/encounter/{encounterid}': ['encounters', 'getEncounter', 'record', 'Encounter'],
  'PUT /chart/encounter/{encounterid}': ['encounters', 'updateEncounter', 'write'],
  'GET /chart/encounter/{encounterid}/assessment': ['encounters', 'getAssessment', 'raw'],
  'GET /chart/encounter/{encounterid}/diagnoses': ['encounters', 'listDiagnoses', 'array', 'Diagnosis'],
  'GET /chart/encounter/{encounterid}/encounterreasons': ['encounters', 'listEncounterReasons', 'array'],
  'GET /chart/encounter/{encounterid}/orders': ['encounters', 'listOrders', 'array'],
  'GET /chart/encounter/{encounterid}/patientgoals': ['encounters', 'getPatientGoals', 'raw'],
  'GET /chart/encounter/{encounterid}/physicalexam': ['encounters', 'getPhysicalExam', 'raw'],
  'GET /chart/encounter/{encounterid}/proceduredocumentation': ['encounters', 'getProcedureDocumentation', 'raw'],
  'GET /chart/encounter/{encounterid}/questionnairescreeners': ['encounters', 'listQuestionnaireScreeners', 'raw'],
  'POST /chart/encounter/{encounterid}/questionnairescreeners': ['encounters', 'activateQuestionnaireScreener', 'write'],
  'PUT /chart/encounter/{encounterid}/questionnairescreeners': ['encounters', 'updateQuestionnaireScreener', 'write'],
  'PUT /chart/encounter/{encounterid}/questionnairescreeners/scoreonly': ['encounters', 'updateScoreOnlyQuestionnaireScreener', 'write'],
  'GET /chart/encounters/{encounterid}/summary': ['encounters', 'getEncounterSummary', 'raw', 'EncounterSummary'],

  // Forms and documents
  'GET /appointments/{appointmentid}/healthhistoryforms': ['documents', 'listAppointmentHealthHistoryForms', 'array'],
  'GET /appointments/{appointmentid}/healthhistoryforms/{formid}': ['documents', 'getAppointmentHealthHistoryForm', 'raw'],
  'PUT /appointments/{appointmentid}/healthhistoryforms/{formid}': ['documents', 'submitAppointmentHealthHistoryForm', 'write'],
  'GET /healthhistoryforms': ['documents', 'listHealthHistoryForms', 'array'],
  'GET /healthhistoryforms/{formid}': ['documents', 'getHealthHistoryForm', 'raw'],
  'GET /patients/{patientid}/documents': ['documents', 'listDocuments', 'page:documents', 'PatientDocument'],
  'POST /patients/{patientid}/documents': ['documents', 'uploadDocument', 'write', 'DocumentWriteResult'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/acog': ['documents', 'listAcogDocuments', 'page:acogs', 'PatientDocument'],
  'GET /patients/{patientid}/documents/admin': ['documents', 'listAdminDocuments', 'page:admins', 'PatientDocument'],
  'GET /patients/{patientid}/documents/admin/{adminid}': ['documents', 'getAdminDocument', 'record', 'PatientDocument'],
  'GET /patients/{patientid}/documents/admin/{adminid}/pages/{pageid}': ['documents', 'getAdminDocumentPage', 'binary:*/*', undefined, 'Returns the page\'s file as bytes (athena sends it as stored, e.g. a PDF or an image).'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/appointmentrequest': ['documents', 'listAppointmentRequestDocuments', 'page:appointmentrequests', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/chartabstraction': ['documents', 'listChartAbstractionDocuments', 'page:chartabstractions', 'PatientDocument'],
  'GET /patients/{patientid}/documents/clinicaldocument': ['documents', 'listClinicalDocuments', 'page:clinicaldocuments', 'PatientDocument'],
  'GET /patients/{patientid}/documents/clinicaldocument/{documentid}/xml': ['documents', 'getClinicalDocumentXml', 'raw'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/coversheet': ['documents', 'listCoverSheets', 'page:coversheets', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/dme': ['documents', 'listDmeDocuments', 'page:dmes', 'PatientDocument'],
  'GET /patients/{patientid}/documents/encounterdocument': ['documents', 'listEncounterDocuments', 'page:encounterdocuments', 'PatientDocument'],
  'GET /patients/{patientid}/documents/encounterdocument/{encounterdocumentid}': ['documents', 'getEncounterDocument', 'record', 'PatientDocument'],
  'GET /patients/{patientid}/documents/encounterdocument/{encounterdocumentid}/pages/{pageid}': ['documents', 'getEncounterDocumentPage', 'binary:*/*', undefined, 'Returns the page\'s file as bytes (athena sends it as stored, e.g. a PDF or an image).'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/hospital': ['documents', 'listHospitalDocuments', 'page:hospitals', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/html': ['documents', 'listHtmlDocuments', 'page:htmls', 'PatientDocument'],
  'GET /patients/{patientid}/documents/imagingresult': ['documents', 'listImagingResults', 'page:imagingresults', 'PatientDocument'],
  'GET /patients/{patientid}/documents/imagingresult/{imagingresultid}': ['documents', 'getImagingResult', 'record', 'PatientDocument'],
  'GET /patients/{patientid}/documents/imagingresult/{imagingresultid}/pages/{pageid}': ['documents', 'getImagingResultPage', 'binary:*/*', undefined, 'Returns the page\'s file as bytes (athena sends it as stored, e.g. a PDF or an image).'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/interpretation': ['documents', 'listInterpretationDocuments', 'page:interpretations', 'PatientDocument'],
  'GET /patients/{patientid}/documents/labresult': ['documents', 'listLabResultDocuments', 'page:labresults', 'PatientDocument'],
  'GET /patients/{patientid}/documents/labresult/{labresultid}': ['documents', 'getLabResultDocument', 'record', 'PatientDocument'],
  'GET /patients/{patientid}/documents/labresult/{labresultid}/pages/{pageid}': ['documents', 'getLabResultDocumentPage', 'binary:*/*', undefined, 'Returns the page\'s file as bytes (athena sends it as stored, e.g. a PDF or an image).'],
  'GET /patients/{patientid}/documents/letter': ['documents', 'listLetters', 'page:letters', 'PatientDocument'],
  'GET /patients/{patientid}/documents/letter/{letterid}': ['documents', 'getLetter', 'record', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/medicalrecord': ['documents', 'listMedicalRecordDocuments', 'page:medicalrecords', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/mednotification': ['documents', 'listMedNotifications', 'page:mednotifications', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/officenote': ['documents', 'listOfficeNotes', 'page:officenotes', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/order': ['documents', 'listOrderDocuments', 'page:orders', 'PatientDocument'],
  'GET /patients/{patientid}/documents/patientcase': ['documents', 'listPatientCaseDocuments', 'page:patientcases', 'PatientDocument'],
  'GET /patients/{patientid}/documents/patientcase/{patientcaseid}': ['documents', 'getPatientCaseDocument', 'record', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/patientinfo': ['documents', 'listPatientInfoDocuments', 'page:patientinfos', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/patientrecord': ['documents', 'listPatientRecordDocuments', 'page:patientrecords', 'PatientDocument'],
  'GET /patients/{patientid}/documents/phonemessage': ['documents', 'listPhoneMessages', 'page:phonemessages', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/physicianauth': ['documents', 'listPhysicianAuthorizations', 'page:physicianauths', 'PatientDocument'],
  'GET /patients/{patientid}/documents/prescription': ['documents', 'listPrescriptionDocuments', 'page:prescriptions', 'PatientDocument'],
  'PUT /patients/{patientid}/documents/prescriptions/{prescriptionid}': ['documents', 'updatePrescriptionDocument', 'write'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/rto': ['documents', 'listRtoDocuments', 'page:rtos', 'PatientDocument'],
  'GET /patients/{patientid}/documents/rto/{rtoid}': ['documents', 'getRtoDocument', 'record', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/surgery': ['documents', 'listSurgeryDocuments', 'page:surgeries', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/surgicalresult': ['documents', 'listSurgicalResults', 'page:surgicalresults', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/unknown': ['documents', 'listUnclassifiedDocuments', 'page:unknowns', 'PatientDocument'],
  // Unverified: the collection key.
  'GET /patients/{patientid}/documents/vaccine': ['documents', 'listVaccineDocuments', 'page:vaccines', 'PatientDocument'],
  'GET /patients/{patientid}/patientcases': ['documents', 'listPatientCases', 'page:patientcases', 'PatientDocument'],
  'GET /patients/{patientid}/driverslicense': ['patients', 'getDriversLicense', 'raw', 'ImageBody'],
  'POST /patients/{patientid}/driverslicense': ['patients', 'uploadDriversLicense', 'write'],
  'PUT /patients/{patientid}/driverslicense': ['patients', 'updateDriversLicense', 'write'],
  'DELETE /patients/{patientid}/driverslicense': ['patients', 'deleteDriversLicense', 'write'],
  'POST /patients/{patientid}/medicationhistoryconsentverified': ['patients', 'verifyMedicationHistoryConsent', 'write'],
  'GET /patients/{patientid}/photo': ['patients', 'getPhoto', 'raw', 'ImageBody'],
  'POST /patients/{patientid}/photo': ['patients', 'uploadPhoto', 'write'],
  'PUT /patients/{patientid}/photo': ['patients', 'updatePhoto', 'write'],
  'DELETE /patients/{patientid}/photo': ['patients', 'deletePhoto', 'write'],
  'GET /patients/{patientid}/photo/thumbnail': ['patients', 'getPhotoThumbnail', 'raw', 'ImageBody'],
  'POST /patients/{patientid}/photo/thumbnail': ['patients', 'uploadPhotoThumbnail', 'write'],
  'PUT /patients/{patientid}/photo/thumbnail': ['patients', 'updatePhotoThumbnail', 'write'],
  'DELETE /patients/{patientid}/photo/thumbnail': ['patients', 'deletePhotoThumbnail', 'write'],

  // Insurance, claims and payments
  'GET /claims': ['claims', 'listClaims', 'page:claims', 'Claim'],
  'POST /claims/{claimid}/note': ['claims', 'addClaimNote', 'write'],
  'GET /feeschedules/checkprocedure': ['payments', 'checkProcedureFee', 'raw'],
  'GET /misc/oneyearcontractterms': ['payments', 'getOneYearContractTerms', 'raw'],
  'GET /misc/singleappointmentcontractterms': ['payments', 'getSingleAppointmentContractTerms', 'raw'],
  'POST /patients/{patientid}/collectpayment': ['payments', 'collectPayment', 'write'],
  'GET /patients/{patientid}/collectpayment/oneyear': ['payments', 'listOneYearContracts', 'array'],
  'GET /patients/{patientid}/collectpayment/oneyear/{appointmentid}': ['payments', 'getOneYearContract', 'raw'],
  'POST /patients/{patientid}/collectpayment/oneyear/{appointmentid}': ['payments', 'createOneYearContract', 'write'],
  'POST /patients/{patientid}/collectpayment/paymentplan': ['payments', 'createPaymentPlan', 'write'],
  'GET /patients/{patientid}/collectpayment/singleappointment': ['payments', 'listSingleAppointmentContracts', 'array'],
  'POST /patients/{patientid}/collectpayment/singleappointment/{appointmentid}': ['payments', 'createSingleAppointmentContract', 'write'],
  'GET /patients/{patientid}/collectpayment/storedcard': ['payments', 'listStoredCards', 'array'],
  'POST /patients/{patientid}/collectpayment/storedcard': ['payments', 'storeCard', 'write'],
  'POST /patients/{patientid}/collectpayment/storedcard/{storedcardid}': ['payments', 'chargeStoredCard', 'write'],
  'PUT /patients/{patientid}/collectpayment/storedcard/{storedcardid}': ['payments', 'updateStoredCard', 'write'],
  'DELETE /patients/{patientid}/collectpayment/storedcard/{storedcardid}': ['payments', 'deleteStoredCard', 'write'],
  'GET /patients/{patientid}/insurances': ['insurance', 'listPatientInsurances', 'page:insurances', 'PatientInsurance'],
  'POST /patients/{patientid}/insurances': ['insurance', 'addPatientInsurance', 'write', undefined, 'athena answers an array with the package (current) or `{success:"true"}` (legacy).'],
  'PUT /patients/{patientid}/insurances': ['insurance', 'updatePatientInsuranceBySequence', 'write', undefined, 'Legacy form that names the package by sequencenumber; prefer updatePatientInsurance.'],
  'DELETE /patients/{patientid}/insurances': ['insurance', 'deletePatientInsuranceBySequence', 'write', undefined, 'Legacy form that names the package by sequencenumber; prefer deletePatientInsurance.'],
  'GET /patients/{patientid}/insurances/{insuranceid}/image': ['insurance', 'getInsuranceCardImage', 'raw', 'ImageBody', 'A 404 NotFoundError when there is no card image.'],
  'POST /patients/{patientid}/insurances/{insuranceid}/image': ['insurance', 'uploadInsuranceCardImage', 'write'],
  'PUT /patients/{patientid}/insurances/{insuranceid}/image': ['insurance', 'updateInsuranceCardImage', 'write'],
  'DELETE /patients/{patientid}/insurances/{insuranceid}/image': ['insurance', 'deleteInsuranceCardImage', 'write'],
  'GET /patients/{patientid}/receipts': ['payments', 'listReceipts', 'array'],
  'GET /patients/{patientid}/receipts/{epaymentid}': ['payments', 'getReceipt', 'text:text/html', undefined, 'Returns the receipt\'s HTML (the SDK asks athena for text/html).'],
  'GET /patients/{patientid}/receipts/{epaymentid}/details': ['payments', 'getReceiptDetails', 'raw'],
  'POST /patients/{patientid}/receipts/{epaymentid}/email': ['payments', 'emailReceipt', 'write'],
  'GET /patients/{patientid}/receipts/{epaymentid}/signed': ['payments', 'getSignedReceipt', 'binary:application/pdf', undefined, 'The SDK gives the file\'s bytes (a Uint8Array).'],
  'POST /patients/{patientid}/receipts/{epaymentid}/signed': ['payments', 'uploadSignedReceipt', 'write'],
  'POST /patients/{patientid}/recordpayment': ['payments', 'recordPayment', 'write'],
  'GET /patients/{patientid}/referralauths': ['insurance', 'listReferralAuthorizations', 'raw'],
  'POST /patients/{patientid}/voidpayment/{epaymentid}': ['payments', 'voidPayment', 'write'],

  // Patients
  'GET /patients': ['patients', 'searchPatients', 'page:patients'],
  'POST /patients': ['patients', 'createPatient', 'write'],
  'GET /patients/bestmatch': ['patients', 'findBestMatch', 'array'],
  'GET /patients/changed': ['changes', 'listChangedPatients', 'page:patients', 'PatientChange'],
  'GET /patients/changed/subscription': ['changes', 'getPatientSubscription', 'raw', 'SubscriptionStatus'],
  'POST /patients/changed/subscription': ['changes', 'subscribePatients', 'write'],
  'DELETE /patients/changed/subscription': ['changes', 'unsubscribePatients', 'write'],
  'GET /patients/clientforms': ['patients', 'listClientForms', 'array'],
  'GET /patients/customfields/{customfieldid}/{customfieldvalue}': ['patients', 'searchPatientsByCustomField', 'page:patients', 'Patient'],
  // Unverified: the response shape (no recorded answer in the references); the SDK passes the body through.
  'GET /patients/search': ['patients', 'searchPatientsByTerm', 'array', 'Patient'],
  'GET /patients/{patientid}': ['patients', 'getPatient', 'record'],
  'PUT /patients/{patientid}': ['patients', 'updatePatient', 'write'],
  'GET /patients/{patientid}/appointments': ['patients', 'listPatientAppointments', 'page:appointments', 'Appointment'],
  'GET /patients/{patientid}/appointments/{appointmentid}': ['patients', 'getPatientAppointment', 'record', 'Appointment'],
  'GET /patients/{patientid}/authorizations': ['patients', 'listReleaseAuthorizations', 'array'],
  'POST /patients/{patientid}/authorizations': ['patients', 'addReleaseAuthorization', 'write'],
  'GET /patients/{patientid}/authorizations/{releaseauthorizationid}': ['patients', 'getReleaseAuthorization', 'record'],
  'PUT /patients/{patientid}/authorizations/{releaseauthorizationid}': ['patients', 'updateReleaseAuthorization', 'write'],
  'DELETE /patients/{patientid}/authorizations/{releaseauthorizationid}': ['patients', 'deleteReleaseAuthorization', 'write'],
  'GET /patients/{patientid}/basicdemographics': ['patients', 'getBasicDemographics', 'record', 'Patient'],
  'GET /patients/{patientid}/chartalert': ['patients', 'getChartAlert', 'raw'],
  'POST /patients/{patientid}/chartalert': ['patients', 'addChartAlert', 'write'],
  'PUT /patients/{patientid}/chartalert': ['patients', 'updateChartAlert', 'write'],
  'DELETE /patients/{patientid}/chartalert': ['patients', 'deleteChartAlert', 'write'],
  'GET /patients/{patientid}/customfields': ['patients', 'getPatientCustomFields', 'array', 'PatientCustomField'],
  'PUT /patients/{patientid}/customfields': ['patients', 'updatePatientCustomFields', 'write'],
  'GET /patients/{patientid}/interfaceconsents': ['patients', 'listInterfaceConsents', 'array'],
  'PUT /patients/{patientid}/interfaceconsents': ['patients', 'updateInterfaceConsents', 'write'],
  'POST /patients/{patientid}/portalinvitation': ['patients', 'sendPortalInvitation', 'write'],
  'GET /patients/{patientid}/portalstatus': ['patients', 'getPortalStatus', 'raw'],
  'GET /patients/{patientid}/privacyinformationverified': ['patients', 'getPrivacyInformation', 'array'],
  'POST /patients/{patientid}/privacyinformationverified': ['patients', 'verifyPrivacyInformation', 'write'],
};

export interface ExtraParam {
  name: string;
  in?: 'path' | 'query' | 'body';
  type?: 'string' | 'number' | 'boolean' | 'date' | 'list' | 'json';
  required?: boolean;
  enum?: string[];
  description?: string;
}

export interface ExtraOperation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  curated: Curated;
  summary: string;
  params: ExtraParam[];
  atLeastOneOf?: string[][];
}

const paging: ExtraParam[] = [
  { name: 'limit', type: 'number', description: 'Page size.' },
  { name: 'offset', type: 'number', description: 'Starting point, 0-indexed.' },
];
const dept = (required = true): ExtraParam => ({ name: 'departmentid', type: 'string', required, description: 'The athenaNet department ID.' });
const pid: ExtraParam = { name: 'patientid', in: 'path', type: 'string', required: true };

/** The changed-data feeds of athena-api.md section 5, beyond the two the catalogue has. */
export const feeds: readonly { feed: string; name: string; one: string; key: string; type: string; extra?: ExtraParam[] }[] = [
  { feed: 'appointments', name: 'Appointments', one: 'Appointment', key: 'appointments', type: 'AppointmentChange' },
  { feed: 'patients', name: 'Patients', one: 'Patient', key: 'patients', type: 'PatientChange' },
  { feed: 'providers', name: 'Providers', one: 'Provider', key: 'providers', type: 'ChangeRecord' },
  { feed: 'prescriptions', name: 'Prescriptions', one: 'Prescription', key: 'prescriptions', type: 'ChangeRecord' },
  { feed: 'claims', name: 'Claims', one: 'Claim', key: 'claims', type: 'ChangeRecord' },
  // GO ListChangedLabResultsOptions.
  { feed: 'labresults', name: 'LabResults', one: 'LabResult', key: 'labresults', type: 'ChangeRecord', extra: [{ name: 'showportalonly', type: 'boolean', description: 'Only results shared with the patient portal.' }] },
  // GO ListChangedProblemsOptions.
  { feed: 'chart/healthhistory/problems', name: 'Problems', one: 'Problem', key: 'problems', type: 'ChangeRecord', extra: [{ name: 'patientid', type: 'string', description: 'Only changes of this patient.' }] },
  { feed: 'chart/healthhistory/allergies', name: 'Allergies', one: 'Allergy', key: 'allergies', type: 'ChangeRecord' },
  { feed: 'chart/healthhistory/medication', name: 'Medications', one: 'Medication', key: 'medications', type: 'ChangeRecord' },
];

const changedParams: ExtraParam[] = [
  { name: 'departmentid', type: 'string', description: 'Only changes in this department (release 21.7+).' },
  { name: 'leaveunprocessed', type: 'boolean', description: 'Leave the records unprocessed, so the next call returns them again.' },
  { name: 'showprocessedstartdatetime', type: 'string', description: 'Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern).' },
  { name: 'showprocessedenddatetime', type: 'string', description: 'Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern).' },
  ...paging,
];

function feedOperations(): ExtraOperation[] {
  const out: ExtraOperation[] = [];
  for (const f of feeds) {
    const base = `/${f.feed}/changed`;
    if (f.feed !== 'appointments' && f.feed !== 'patients') {
      out.push(
        { method: 'GET', path: base, curated: ['changes', `listChanged${f.name}`, `page:${f.key}`, f.type], summary: `Changed ${f.key} since the last call (a destructive read unless leaveunprocessed).`, params: [...changedParams, ...(f.extra ?? [])] },
        { method: 'GET', path: `${base}/subscription`, curated: ['changes', `get${f.one}Subscription`, 'raw', 'SubscriptionStatus'], summary: `The ${f.key} feed subscription: status and events.`, params: [] },
        { method: 'POST', path: `${base}/subscription`, curated: ['changes', `subscribe${f.name}`, 'write'], summary: `Subscribes to the ${f.key} feed: all events, or the one named.`, params: [{ name: 'eventname', type: 'string' }] },
        { method: 'DELETE', path: `${base}/subscription`, curated: ['changes', `unsubscribe${f.name}`, 'write'], summary: `Unsubscribes from the ${f.key} feed: all events, or the one named.`, params: [{ name: 'eventname', type: 'string' }] },
      );
    }
    out.push({ method: 'GET', path: `${base}/subscription/events`, curated: ['changes', `list${f.one}SubscriptionEvents`, 'raw', 'SubscriptionEvents'], summary: `The events the ${f.key} feed can subscribe to.`, params: [] });
  }
  return out;
}

/** Operations named in athena-api.md section 5 that the legacy catalogue lacks. */
export const extraOperations: ExtraOperation[] = [
  ...feedOperations(),
  // Unverified: the field names of the match score.
  { method: 'GET', path: '/patients/enhancedbestmatch', curated: ['patients', 'findEnhancedBestMatch', 'array', 'ScoredPatient'], summary: 'Finds the patients that match the given demographics, each with a match score.', params: [
    { name: 'firstname', type: 'string', required: true }, { name: 'lastname', type: 'string', required: true }, { name: 'dob', type: 'date', required: true },
    { name: 'middlename', type: 'string' }, { name: 'zip', type: 'string' }, { name: 'email', type: 'string' }, { name: 'homephone', type: 'string' }, { name: 'mobilephone', type: 'string' }, { name: 'ssn', type: 'string' }, { name: 'departmentid', type: 'string' },
    // NET EnhancedBestmatchFilter (its show* flags shape the patient as getPatient's do).
    { name: 'preferredname', type: 'string' }, { name: 'suffix', type: 'string' }, { name: 'workphone', type: 'string' }, { name: 'guarantoremail', type: 'string' }, { name: 'guarantorphone', type: 'string' },
    { name: 'minscore', type: 'number', description: 'Only matches scoring at least this.' }, { name: 'returnbestmatches', type: 'boolean' }, { name: 'usesoundexsearch', type: 'boolean' },
    { name: 'showinsurance', type: 'boolean' }, { name: 'showcustomfields', type: 'boolean' }, { name: 'showportalstatus', type: 'boolean' }, { name: 'showbalancedetails', type: 'boolean' },
  ] },
  { method: 'GET', path: '/insurancepackages', curated: ['insurance', 'searchInsurancePackages', 'page:insurancepackages', 'InsurancePackage'], summary: 'Finds insurance packages by plan name, member id or state.', params: [
    { name: 'insuranceplanname', type: 'string' }, { name: 'memberid', type: 'string' }, { name: 'stateofcoverage', type: 'string' }, { name: 'insurancepackageid', type: 'string' },
    // NET SearchInsurancePackagesFilter.
    { name: 'insuranceaddress', type: 'string' }, { name: 'insurancecity', type: 'string' }, { name: 'insurancestate', type: 'string' }, { name: 'insurancezip', type: 'string' }, { name: 'insurancephone', type: 'string' }, { name: 'producttype', type: 'string' },
    ...paging,
  ], atLeastOneOf: [['insuranceplanname', 'memberid', 'insurancepackageid']] },
  { method: 'GET', path: '/misc/commoninsurancepackages', curated: ['insurance', 'listCommonInsurancePackages', 'page:insurancepackages', 'InsurancePackage'], summary: 'The insurance packages most used in a department.', params: [dept(), { name: 'showonlycasepolicies', type: 'boolean' } /* NET GetCommonInsurancePackageFilter */, ...paging] },
  { method: 'PUT', path: '/patients/{patientid}/insurances/{insuranceid}', curated: ['insurance', 'updatePatientInsurance', 'write'], summary: 'Updates one insurance policy of a patient.', params: [pid, { name: 'insuranceid', in: 'path', type: 'string', required: true },
    { name: 'insurancepolicyholderfirstname', type: 'string' }, { name: 'insurancepolicyholderlastname', type: 'string' }, { name: 'insuranceidnumber', type: 'string' }, { name: 'insurancepolicyholderdob', type: 'date' }, { name: 'sequencenumber', type: 'number', enum: ['1', '2'] }, { name: 'expirationdate', type: 'date' },
    // GO UpdatePatientInsurancePackageOptions.
    { name: 'insurancepolicyholdersex', type: 'string', enum: ['M', 'F'] }, { name: 'newsequencenumber', type: 'number', enum: ['1', '2'], description: 'Moves the policy to primary (1) or secondary (2).' },
  ] },
  { method: 'DELETE', path: '/patients/{patientid}/insurances/{insuranceid}', curated: ['insurance', 'deletePatientInsurance', 'write'], summary: 'Deactivates one insurance policy of a patient, with a note.', params: [pid, { name: 'insuranceid', in: 'path', type: 'string', required: true }, { name: 'cancellationnote', type: 'string' }] },
  { method: 'POST', path: '/patients/{patientid}/insurances/{insuranceid}/reactivate', curated: ['insurance', 'reactivatePatientInsurance', 'write'], summary: 'Reactivates a deactivated insurance policy.', params: [pid, { name: 'insuranceid', in: 'path', type: 'string', required: true }, { name: 'expirationdate', type: 'date' }] },
  { method: 'GET', path: '/claims/{claimid}', curated: ['claims', 'getClaim', 'record', 'Claim'], summary: 'One claim.', params: [{ name: 'claimid', in: 'path', type: 'string', required: true }, { name: 'showcustomfields', type: 'boolean' }] },
  { method: 'POST', path: '/claims', curated: ['claims', 'createClaim', 'write', 'ClaimWriteResult'], summary: 'Creates a claim; athena answers `{success, claimids}`.', params: [
    { name: 'patientid', type: 'string', required: true }, dept(), { name: 'servicedate', type: 'date', required: true }, { name: 'supervisingproviderid', type: 'string', required: true },
    { name: 'claimcharges', type: 'json', required: true, description: 'JSON array of charges: procedurecode, units, icd10code1...' }, { name: 'renderingproviderid', type: 'string' }, { name: 'primarypatientinsuranceid', type: 'string' }, { name: 'customfields', type: 'json' },
    // GO CreateClaimOptions.
    { name: 'secondarypatientinsuranceid', type: 'string' }, { name: 'orderingproviderid', type: 'string' }, { name: 'referringproviderid', type: 'string' }, { name: 'referralauthid', type: 'string' },
    { name: 'reserved19', type: 'string', description: 'Box 19 of the claim form.' },
  ] },
  { method: 'POST', path: '/appointments/{appointmentid}/cancelcheckin', curated: ['appointments', 'cancelCheckIn', 'write'], summary: 'Cancels a started check-in.', params: [{ name: 'appointmentid', in: 'path', type: 'string', required: true }] },
  { method: 'POST', path: '/appointments/{appointmentid}/checkout', curated: ['appointments', 'checkOutAppointment', 'write'], summary: 'Checks the patient out of the appointment.', params: [{ name: 'appointmentid', in: 'path', type: 'string', required: true }] },
  { method: 'GET', path: '/appointments/appointmentreminders', curated: ['appointments', 'listAppointmentReminders', 'page:reminders'], summary: 'Appointment reminders of a department in a date range.', params: [dept(), { name: 'startdate', type: 'date', required: true }, { name: 'enddate', type: 'date', required: true }, { name: 'patientid', type: 'string' }, { name: 'providerid', type: 'string' },
    // GO ListAppointmentRemindersOptions, NET SearchReminders.
    { name: 'appointmenttypeid', type: 'string' }, { name: 'showdeleted', type: 'boolean', description: 'Include deleted reminders.' }, ...paging] },
  { method: 'GET', path: '/appointments/customfields', curated: ['appointments', 'listAppointmentCustomFields', 'page:appointmentcustomfields'], summary: 'The custom fields appointments can carry.', params: [...paging] },
  // Unverified: the response shape (a telehealth invite URL).
  { method: 'GET', path: '/appointments/{appointmentid}/nativeathenatelehealthroom', curated: ['appointments', 'getTelehealthRoom', 'raw'], summary: 'Gets the athena telehealth room of an appointment.', params: [{ name: 'appointmentid', in: 'path', type: 'string', required: true }] },
  // Unverified: the endpoint and its shape (only referenced in a client doc comment).
  { method: 'GET', path: '/appointmentcancelreasons', curated: ['appointments', 'listAppointmentCancelReasons', 'page:appointmentcancelreasons'], summary: 'Lists the reasons an appointment can be cancelled for.', params: [...paging] },
  { method: 'PUT', path: '/appointments/booked/{appointmentid}', curated: ['appointments', 'updateBookedAppointment', 'write', undefined, 'athena answers a bare `1` or an error string with HTTP 200; the string is an ApiError.'], summary: 'Changes the type, department or providers of a booked appointment.', params: [
    { name: 'appointmentid', in: 'path', type: 'string', required: true }, { name: 'appointmenttypeid', type: 'string' }, { name: 'departmentid', type: 'string' }, { name: 'providerid', type: 'string' }, { name: 'supervisingproviderid', type: 'string' },
  ] },
  { method: 'POST', path: '/chart/encounter/{encounterid}/diagnoses', curated: ['encounters', 'addDiagnosis', 'write'], summary: 'Adds a diagnosis to an encounter by SNOMED code.', params: [{ name: 'encounterid', in: 'path', type: 'string', required: true }, { name: 'snomedcode', type: 'string', required: true }, { name: 'icd10codes', type: 'list' }, { name: 'note', type: 'string' },
    // NET CreateDiagnoses. Its icd9codes is left out: athena retired ICD-9 coding.
    { name: 'laterality', type: 'string' }] },
  { method: 'POST', path: '/patients/{patientid}/documents/clinicaldocument', curated: ['documents', 'uploadClinicalDocument', 'write', 'DocumentWriteResult'], summary: 'Adds a clinical document: text in documentdata or a file in attachmentcontents.', params: [
    pid, dept(), { name: 'documentsubclass', type: 'string', required: true }, { name: 'documenttypeid', type: 'string' }, { name: 'documentdata', type: 'string' }, { name: 'attachmentcontents', type: 'string', description: 'Base64 file contents, or a stream with the multipart upload.' },
    { name: 'attachmenttype', type: 'string' }, { name: 'autoclose', type: 'boolean' }, { name: 'providerid', type: 'string' }, { name: 'observationdate', type: 'date' }, { name: 'internalnote', type: 'string' },
    // GO AddClinicalDocumentOptions.
    { name: 'clinicalproviderid', type: 'string' }, { name: 'entityid', type: 'string' }, { name: 'entitytype', type: 'string' }, { name: 'observationtime', type: 'string', description: 'HH:MM, 24-hour.' },
    { name: 'originalfilename', type: 'string' }, { name: 'priority', type: 'string' },
  ], atLeastOneOf: [['documentdata', 'attachmentcontents']] },
  { method: 'DELETE', path: '/patients/{patientid}/documents/clinicaldocument/{clinicaldocumentid}', curated: ['documents', 'deleteClinicalDocument', 'write'], summary: 'Deletes a clinical document.', params: [pid, { name: 'clinicaldocumentid', in: 'path', type: 'string', required: true }] },
  { method: 'POST', path: '/patients/{patientid}/documents/labresult', curated: ['documents', 'uploadLabResultDocument', 'write', 'DocumentWriteResult'], summary: 'Adds a lab result: analytes as JSON or a file in attachmentcontents.', params: [
    pid, dept(), { name: 'analytes', type: 'json' }, { name: 'attachmentcontents', type: 'string' }, { name: 'attachmenttype', type: 'string' }, { name: 'observationdate', type: 'date' }, { name: 'providerid', type: 'string' }, { name: 'autoclose', type: 'boolean' }, { name: 'internalnote', type: 'string' },
    // GO AddLabResultDocumentOptions.
    { name: 'observationtime', type: 'string', description: 'HH:MM, 24-hour.' }, { name: 'originalfilename', type: 'string' }, { name: 'priority', type: 'string' }, { name: 'resultstatus', type: 'string' },
    { name: 'resultnotes', type: 'string' }, { name: 'notetopatient', type: 'string' }, { name: 'tietoorderid', type: 'string', description: 'The order this result answers.' },
  ], atLeastOneOf: [['analytes', 'attachmentcontents']] },
  { method: 'POST', path: '/patients/{patientid}/documents/patientcase', curated: ['documents', 'createPatientCase', 'write', 'DocumentWriteResult'], summary: 'Opens a patient case document.', params: [
    pid, dept(), { name: 'documentsource', type: 'string', required: true, enum: ['PORTAL', 'PATIENT', 'CALLCENTER', 'OTHER', 'INTERFACE'] }, { name: 'documentsubclass', type: 'string', required: true }, { name: 'providerid', type: 'string', required: true }, { name: 'internalnote', type: 'string' }, { name: 'subject', type: 'string' }, { name: 'autoclose', type: 'boolean' },
    // GO AddPatientCaseDocumentOptions.
    { name: 'callbackname', type: 'string' }, { name: 'callbacknumber', type: 'string' }, { name: 'callbacknumbertype', type: 'string' }, { name: 'outboundonly', type: 'boolean' }, { name: 'priority', type: 'string' },
  ] },
];
