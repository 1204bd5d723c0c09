/**
 * Common ICD-10 (WHO) / CIM-10 codes with English and French titles: the bundled list doctors
 * search when coding a diagnosis. One line per code: `code|English title|French title`.
 */
export const ICD10_COMMON = `
A04.7|Enterocolitis due to Clostridium difficile|Entérocolite due à Clostridium difficile
A08.4|Viral intestinal infection, unspecified|Infection intestinale virale, sans précision
A09|Diarrhoea and gastroenteritis of presumed infectious origin|Diarrhée et gastro-entérite d'origine présumée infectieuse
A15.0|Tuberculosis of lung|Tuberculose pulmonaire
A16.9|Respiratory tuberculosis unspecified|Tuberculose de l'appareil respiratoire, sans précision
A37.9|Whooping cough, unspecified|Coqueluche, sans précision
A38|Scarlet fever|Scarlatine
A40.9|Streptococcal sepsis, unspecified|Sepsis à streptocoques, sans précision
A41.0|Sepsis due to Staphylococcus aureus|Sepsis à staphylocoques dorés
A41.5|Sepsis due to other Gram-negative organisms|Sepsis à d'autres micro-organismes Gram négatif
A41.9|Sepsis, unspecified|Sepsis, sans précision
A46|Erysipelas|Érysipèle
A49.9|Bacterial infection, unspecified|Infection bactérienne, sans précision
A69.2|Lyme disease|Maladie de Lyme
B00.9|Herpesviral infection, unspecified|Infection due au virus de l'herpès, sans précision
B01.9|Varicella without complication|Varicelle sans complication
B02.9|Zoster without complication|Zona sans complication
B05.9|Measles without complication|Rougeole sans complication
B15.9|Hepatitis A without hepatic coma|Hépatite A, sans coma hépatique
B16.9|Acute hepatitis B without delta-agent and without hepatic coma|Hépatite aiguë B, sans agent delta et sans coma hépatique
B18.1|Chronic viral hepatitis B without delta-agent|Hépatite virale chronique B sans agent delta
B18.2|Chronic viral hepatitis C|Hépatite virale chronique C
B20|HIV disease resulting in infectious and parasitic diseases|Immunodéficience humaine virale, à l'origine de maladies infectieuses et parasitaires
B24|Unspecified human immunodeficiency virus disease|Immunodéficience humaine virale, sans précision
B34.9|Viral infection, unspecified|Infection virale, sans précision
B35.1|Tinea unguium|Onychomycose
B37.0|Candidal stomatitis|Stomatite candidosique
B37.3|Candidiasis of vulva and vagina|Candidose de la vulve et du vagin
B50.9|Plasmodium falciparum malaria, unspecified|Paludisme à Plasmodium falciparum, sans précision
B54|Unspecified malaria|Paludisme, sans précision
B86|Scabies|Gale
B99|Other and unspecified infectious diseases|Maladies infectieuses, autres et non précisées
C16.9|Malignant neoplasm of stomach, unspecified|Tumeur maligne de l'estomac, sans précision
C18.9|Malignant neoplasm of colon, unspecified|Tumeur maligne du côlon, sans précision
C20|Malignant neoplasm of rectum|Tumeur maligne du rectum
C22.0|Liver cell carcinoma|Carcinome hépatocellulaire
C25.9|Malignant neoplasm of pancreas, unspecified|Tumeur maligne du pancréas, sans précision
C34.9|Malignant neoplasm of bronchus or lung, unspecified|Tumeur maligne des bronches ou du poumon, sans précision
C43.9|Malignant melanoma of skin, unspecified|Mélanome malin de la peau, sans précision
C44.9|Malignant neoplasm of skin, unspecified|Tumeur maligne de la peau, sans précision
C50.9|Malignant neoplasm of breast, unspecified|Tumeur maligne du sein, sans précision
C53.9|Malignant neoplasm of cervix uteri, unspecified|Tumeur maligne du col de l'utérus, sans précision
C56|Malignant neoplasm of ovary|Tumeur maligne de l'ovaire
C61|Malignant neoplasm of prostate|Tumeur maligne de la prostate
C64|Malignant neoplasm of kidney, except renal pelvis|Tumeur maligne du rein, à l'exception du bassinet
C67.9|Malignant neoplasm of bladder, unspecified|Tumeur maligne de la vessie, sans précision
C71.9|Malignant neoplasm of brain, unspecified|Tumeur maligne de l'encéphale, sans précision
C73|Malignant neoplasm of thyroid gland|Tumeur maligne de la thyroïde
C78.0|Secondary malignant neoplasm of lung|Tumeur maligne secondaire du poumon
C79.5|Secondary malignant neoplasm of bone and bone marrow|Tumeur maligne secondaire des os et de la moelle osseuse
C85.9|Non-Hodgkin lymphoma, unspecified|Lymphome non hodgkinien, sans précision
C90.0|Multiple myeloma|Myélome multiple
C91.1|Chronic lymphocytic leukaemia of B-cell type|Leucémie lymphoïde chronique à cellules B
C92.0|Acute myeloblastic leukaemia|Leucémie myéloïde aiguë
D12.6|Benign neoplasm of colon, unspecified|Tumeur bénigne du côlon, sans précision
D25.9|Leiomyoma of uterus, unspecified|Léiomyome de l'utérus, sans précision
D50.9|Iron deficiency anaemia, unspecified|Anémie par carence en fer, sans précision
D51.9|Vitamin B12 deficiency anaemia, unspecified|Anémie par carence en vitamine B12, sans précision
D57.1|Sickle-cell disease without crisis|Anémie à hématies falciformes sans crise
D61.8|Other specified aplastic anaemias|Autres aplasies médullaires précisées
D64.9|Anaemia, unspecified|Anémie, sans précision
D68.3|Haemorrhagic disorder due to circulating anticoagulants|Troubles hémorragiques dus à des anticoagulants circulants
D69.6|Thrombocytopenia, unspecified|Thrombopénie, sans précision
D70|Agranulocytosis|Agranulocytose
E03.9|Hypothyroidism, unspecified|Hypothyroïdie, sans précision
E04.2|Nontoxic multinodular goitre|Goitre multinodulaire non toxique
E05.9|Thyrotoxicosis, unspecified|Thyréotoxicose, sans précision
E10.9|Type 1 diabetes mellitus without complications|Diabète sucré de type 1, sans complication
E10.1|Type 1 diabetes mellitus with ketoacidosis|Diabète sucré de type 1, avec acidocétose
E11.9|Type 2 diabetes mellitus without complications|Diabète sucré de type 2, sans complication
E11.2|Type 2 diabetes mellitus with renal complications|Diabète sucré de type 2, avec complications rénales
E11.4|Type 2 diabetes mellitus with neurological complications|Diabète sucré de type 2, avec complications neurologiques
E11.5|Type 2 diabetes mellitus with peripheral circulatory complications|Diabète sucré de type 2, avec complications vasculaires périphériques
E16.2|Hypoglycaemia, unspecified|Hypoglycémie, sans précision
E21.0|Primary hyperparathyroidism|Hyperparathyroïdie primaire
E27.1|Primary adrenocortical insufficiency|Insuffisance corticosurrénale primaire
E43|Unspecified severe protein-energy malnutrition|Malnutrition protéino-énergétique grave, sans précision
E44.0|Moderate protein-energy malnutrition|Malnutrition protéino-énergétique modérée
E55.9|Vitamin D deficiency, unspecified|Carence en vitamine D, sans précision
E66.9|Obesity, unspecified|Obésité, sans précision
E78.0|Pure hypercholesterolaemia|Hypercholestérolémie essentielle
E78.5|Hyperlipidaemia, unspecified|Hyperlipidémie, sans précision
E83.5|Disorders of calcium metabolism|Anomalies du métabolisme du calcium
E86|Volume depletion|Hypovolémie
E87.0|Hyperosmolality and hypernatraemia|Hyperosmolarité et hypernatrémie
E87.1|Hypo-osmolality and hyponatraemia|Hypo-osmolarité et hyponatrémie
E87.2|Acidosis|Acidose
E87.5|Hyperkalaemia|Hyperkaliémie
E87.6|Hypokalaemia|Hypokaliémie
E88.9|Metabolic disorder, unspecified|Anomalie du métabolisme, sans précision
F01.9|Vascular dementia, unspecified|Démence vasculaire, sans précision
F03|Unspecified dementia|Démence, sans précision
F05.9|Delirium, unspecified|Delirium, sans précision
F10.2|Mental and behavioural disorders due to use of alcohol: dependence syndrome|Troubles mentaux et du comportement liés à l'utilisation d'alcool : syndrome de dépendance
F10.3|Alcohol withdrawal state|Syndrome de sevrage alcoolique
F11.2|Opioid dependence syndrome|Syndrome de dépendance aux opiacés
F17.2|Tobacco dependence syndrome|Syndrome de dépendance au tabac
F20.9|Schizophrenia, unspecified|Schizophrénie, sans précision
F31.9|Bipolar affective disorder, unspecified|Trouble affectif bipolaire, sans précision
F32.9|Depressive episode, unspecified|Épisode dépressif, sans précision
F33.9|Recurrent depressive disorder, unspecified|Trouble dépressif récurrent, sans précision
F41.0|Panic disorder|Trouble panique
F41.1|Generalized anxiety disorder|Anxiété généralisée
F41.9|Anxiety disorder, unspecified|Trouble anxieux, sans précision
F43.1|Post-traumatic stress disorder|État de stress post-traumatique
F43.2|Adjustment disorders|Troubles de l'adaptation
F50.0|Anorexia nervosa|Anorexie mentale
F51.0|Nonorganic insomnia|Insomnie non organique
F84.0|Childhood autism|Autisme infantile
F90.0|Disturbance of activity and attention|Perturbation de l'activité et de l'attention
G20|Parkinson disease|Maladie de Parkinson
G30.9|Alzheimer disease, unspecified|Maladie d'Alzheimer, sans précision
G35|Multiple sclerosis|Sclérose en plaques
G40.9|Epilepsy, unspecified|Épilepsie, sans précision
G41.9|Status epilepticus, unspecified|État de mal épileptique, sans précision
G43.9|Migraine, unspecified|Migraine, sans précision
G44.2|Tension-type headache|Céphalée de tension
G45.9|Transient cerebral ischaemic attack, unspecified|Accident ischémique cérébral transitoire, sans précision
G47.3|Sleep apnoea|Apnée du sommeil
G51.0|Bell palsy|Paralysie faciale de Bell
G56.0|Carpal tunnel syndrome|Syndrome du canal carpien
G62.9|Polyneuropathy, unspecified|Polynévrite, sans précision
G93.4|Encephalopathy, unspecified|Encéphalopathie, sans précision
H10.9|Conjunctivitis, unspecified|Conjonctivite, sans précision
H25.9|Senile cataract, unspecified|Cataracte sénile, sans précision
H40.9|Glaucoma, unspecified|Glaucome, sans précision
H66.9|Otitis media, unspecified|Otite moyenne, sans précision
H81.1|Benign paroxysmal vertigo|Vertige paroxystique bénin
H91.9|Hearing loss, unspecified|Perte de l'audition, sans précision
I10|Essential (primary) hypertension|Hypertension essentielle (primitive)
I11.9|Hypertensive heart disease without (congestive) heart failure|Cardiopathie hypertensive, sans insuffisance cardiaque (congestive)
I20.0|Unstable angina|Angine de poitrine instable
I20.9|Angina pectoris, unspecified|Angine de poitrine, sans précision
I21.0|Acute transmural myocardial infarction of anterior wall|Infarctus transmural aigu du myocarde, de la paroi antérieure
I21.4|Acute subendocardial myocardial infarction|Infarctus sous-endocardique aigu du myocarde
I21.9|Acute myocardial infarction, unspecified|Infarctus aigu du myocarde, sans précision
I25.1|Atherosclerotic heart disease|Cardiopathie artérioscléreuse
I25.9|Chronic ischaemic heart disease, unspecified|Cardiopathie ischémique chronique, sans précision
I26.9|Pulmonary embolism without mention of acute cor pulmonale|Embolie pulmonaire, sans mention de cœur pulmonaire aigu
I27.0|Primary pulmonary hypertension|Hypertension pulmonaire primitive
I33.0|Acute and subacute infective endocarditis|Endocardite infectieuse aiguë et subaiguë
I35.0|Aortic (valve) stenosis|Sténose (de la valvule) aortique
I34.0|Mitral (valve) insufficiency|Insuffisance (de la valvule) mitrale
I42.0|Dilated cardiomyopathy|Myocardiopathie avec dilatation
I44.2|Atrioventricular block, complete|Bloc auriculo-ventriculaire complet
I47.1|Supraventricular tachycardia|Tachycardie supraventriculaire
I48.9|Atrial fibrillation and atrial flutter, unspecified|Fibrillation et flutter auriculaires, sans précision
I48.0|Paroxysmal atrial fibrillation|Fibrillation auriculaire paroxystique
I49.9|Cardiac arrhythmia, unspecified|Arythmie cardiaque, sans précision
I50.0|Congestive heart failure|Insuffisance cardiaque congestive
I50.1|Left ventricular failure|Insuffisance ventriculaire gauche
I50.9|Heart failure, unspecified|Insuffisance cardiaque, sans précision
I61.9|Intracerebral haemorrhage, unspecified|Hémorragie intracérébrale, sans précision
I63.9|Cerebral infarction, unspecified|Infarctus cérébral, sans précision
I64|Stroke, not specified as haemorrhage or infarction|Accident vasculaire cérébral, non précisé comme étant hémorragique ou par infarctus
I67.9|Cerebrovascular disease, unspecified|Maladie cérébrovasculaire, sans précision
I70.2|Atherosclerosis of arteries of extremities|Athérosclérose des artères distales
I71.4|Abdominal aortic aneurysm, without mention of rupture|Anévrisme aortique abdominal, sans mention de rupture
I73.9|Peripheral vascular disease, unspecified|Maladie vasculaire périphérique, sans précision
I80.2|Phlebitis and thrombophlebitis of other deep vessels of lower extremities|Phlébite et thrombophlébite d'autres vaisseaux profonds des membres inférieurs
I83.9|Varicose veins of lower extremities without ulcer or inflammation|Varices des membres inférieurs, sans ulcère ni inflammation
I84.9|Haemorrhoids without complication|Hémorroïdes sans complication
I95.1|Orthostatic hypotension|Hypotension orthostatique
I95.9|Hypotension, unspecified|Hypotension, sans précision
J00|Acute nasopharyngitis [common cold]|Rhinopharyngite aiguë [rhume banal]
J01.9|Acute sinusitis, unspecified|Sinusite aiguë, sans précision
J02.9|Acute pharyngitis, unspecified|Pharyngite aiguë, sans précision
J03.9|Acute tonsillitis, unspecified|Amygdalite aiguë, sans précision
J04.0|Acute laryngitis|Laryngite aiguë
J06.9|Acute upper respiratory infection, unspecified|Infection aiguë des voies respiratoires supérieures, sans précision
J09|Influenza due to identified zoonotic or pandemic influenza virus|Grippe, à virus grippal zoonotique ou pandémique identifié
J10.1|Influenza with other respiratory manifestations, seasonal influenza virus identified|Grippe avec d'autres manifestations respiratoires, virus de la grippe saisonnière identifié
J11.1|Influenza with other respiratory manifestations, virus not identified|Grippe avec d'autres manifestations respiratoires, virus non identifié
J12.9|Viral pneumonia, unspecified|Pneumopathie virale, sans précision
J13|Pneumonia due to Streptococcus pneumoniae|Pneumopathie due à Streptococcus pneumoniae
J15.9|Bacterial pneumonia, unspecified|Pneumopathie bactérienne, sans précision
J18.0|Bronchopneumonia, unspecified|Bronchopneumopathie, sans précision
J18.9|Pneumonia, unspecified|Pneumopathie, sans précision
J20.9|Acute bronchitis, unspecified|Bronchite aiguë, sans précision
J21.9|Acute bronchiolitis, unspecified|Bronchiolite aiguë, sans précision
J30.4|Allergic rhinitis, unspecified|Rhinite allergique, sans précision
J32.9|Chronic sinusitis, unspecified|Sinusite chronique, sans précision
J44.0|Chronic obstructive pulmonary disease with acute lower respiratory infection|Maladie pulmonaire obstructive chronique avec infection aiguë des voies respiratoires inférieures
J44.1|Chronic obstructive pulmonary disease with acute exacerbation, unspecified|Maladie pulmonaire obstructive chronique avec épisodes aigus, sans précision
J44.9|Chronic obstructive pulmonary disease, unspecified|Maladie pulmonaire obstructive chronique, sans précision
J45.9|Asthma, unspecified|Asthme, sans précision
J46|Status asthmaticus|État de mal asthmatique
J47|Bronchiectasis|Bronchectasie
J69.0|Pneumonitis due to food and vomit|Pneumopathie due à des aliments et des vomissements
J81|Pulmonary oedema|Œdème pulmonaire
J84.1|Other interstitial pulmonary diseases with fibrosis|Autres affections pulmonaires interstitielles avec fibrose
J90|Pleural effusion, not elsewhere classified|Épanchement pleural, non classé ailleurs
J93.9|Pneumothorax, unspecified|Pneumothorax, sans précision
J96.0|Acute respiratory failure|Insuffisance respiratoire aiguë
J96.1|Chronic respiratory failure|Insuffisance respiratoire chronique
J98.1|Pulmonary collapse|Affaissement pulmonaire
K02.9|Dental caries, unspecified|Carie dentaire, sans précision
K21.0|Gastro-oesophageal reflux disease with oesophagitis|Reflux gastro-œsophagien avec œsophagite
K21.9|Gastro-oesophageal reflux disease without oesophagitis|Reflux gastro-œsophagien sans œsophagite
K25.9|Gastric ulcer, unspecified|Ulcère de l'estomac, sans précision
K26.9|Duodenal ulcer, unspecified|Ulcère du duodénum, sans précision
K29.7|Gastritis, unspecified|Gastrite, sans précision
K30|Functional dyspepsia|Dyspepsie fonctionnelle
K35.8|Acute appendicitis, other and unspecified|Appendicite aiguë, autre et sans précision
K40.9|Unilateral or unspecified inguinal hernia, without obstruction or gangrene|Hernie inguinale unilatérale ou sans précision, sans occlusion ni gangrène
K42.9|Umbilical hernia without obstruction or gangrene|Hernie ombilicale, sans occlusion ni gangrène
K50.9|Crohn disease, unspecified|Maladie de Crohn, sans précision
K51.9|Ulcerative colitis, unspecified|Rectocolite hémorragique, sans précision
K52.9|Noninfective gastroenteritis and colitis, unspecified|Gastro-entérite et colite non infectieuses, sans précision
K56.6|Other and unspecified intestinal obstruction|Occlusions intestinales, autres et sans précision
K57.3|Diverticular disease of large intestine without perforation or abscess|Diverticulose du côlon, sans perforation ni abcès
K58.9|Irritable bowel syndrome without diarrhoea|Syndrome de l'intestin irritable, sans diarrhée
K59.0|Constipation|Constipation
K61.0|Anal abscess|Abcès anal
K62.5|Haemorrhage of anus and rectum|Hémorragie de l'anus et du rectum
K70.3|Alcoholic cirrhosis of liver|Cirrhose alcoolique du foie
K74.6|Other and unspecified cirrhosis of liver|Cirrhoses du foie, autres et sans précision
K76.0|Fatty (change of) liver, not elsewhere classified|Dégénérescence graisseuse du foie, non classée ailleurs
K80.2|Calculus of gallbladder without cholecystitis|Calcul de la vésicule biliaire sans cholécystite
K81.0|Acute cholecystitis|Cholécystite aiguë
K83.0|Cholangitis|Angiocholite
K85.9|Acute pancreatitis, unspecified|Pancréatite aiguë, sans précision
K86.1|Other chronic pancreatitis|Autres pancréatites chroniques
K92.0|Haematemesis|Hématémèse
K92.1|Melaena|Mélæna
K92.2|Gastrointestinal haemorrhage, unspecified|Hémorragie gastro-intestinale, sans précision
L02.9|Cutaneous abscess, furuncle and carbuncle, unspecified|Abcès cutané, furoncle et anthrax, sans précision
L03.9|Cellulitis, unspecified|Phlegmon, sans précision
L20.9|Atopic dermatitis, unspecified|Dermite atopique, sans précision
L23.9|Allergic contact dermatitis, unspecified cause|Dermite allergique de contact, cause non précisée
L30.9|Dermatitis, unspecified|Dermite, sans précision
L40.0|Psoriasis vulgaris|Psoriasis vulgaris
L50.9|Urticaria, unspecified|Urticaire, sans précision
L70.0|Acne vulgaris|Acné juvénile
L89.9|Decubitus ulcer and pressure area, unspecified|Ulcère de décubitus, sans précision
L97|Ulcer of lower limb, not elsewhere classified|Ulcère du membre inférieur, non classé ailleurs
M06.9|Rheumatoid arthritis, unspecified|Polyarthrite rhumatoïde, sans précision
M10.9|Gout, unspecified|Goutte, sans précision
M15.9|Polyarthrosis, unspecified|Polyarthrose, sans précision
M16.9|Coxarthrosis, unspecified|Coxarthrose, sans précision
M17.9|Gonarthrosis, unspecified|Gonarthrose, sans précision
M19.9|Arthrosis, unspecified|Arthrose, sans précision
M25.5|Pain in joint|Douleur articulaire
M32.9|Systemic lupus erythematosus, unspecified|Lupus érythémateux disséminé, sans précision
M35.3|Polymyalgia rheumatica|Pseudopolyarthrite rhizomélique
M47.8|Other spondylosis|Autres spondylarthroses
M51.1|Lumbar and other intervertebral disc disorders with radiculopathy|Atteintes des disques lombaires et autres disques intervertébraux, avec radiculopathie
M54.2|Cervicalgia|Cervicalgie
M54.4|Lumbago with sciatica|Lumbago avec sciatique
M54.5|Low back pain|Lombalgie basse
M62.8|Other specified disorders of muscle|Autres atteintes musculaires précisées
M75.1|Rotator cuff syndrome|Syndrome de la coiffe des rotateurs
M79.1|Myalgia|Myalgie
M79.7|Fibromyalgia|Fibromyalgie
M81.9|Osteoporosis, unspecified|Ostéoporose, sans précision
M86.9|Osteomyelitis, unspecified|Ostéomyélite, sans précision
N10|Acute tubulo-interstitial nephritis|Néphrite tubulo-interstitielle aiguë
N13.3|Other and unspecified hydronephrosis|Hydronéphroses, autres et sans précision
N17.9|Acute renal failure, unspecified|Insuffisance rénale aiguë, sans précision
N18.3|Chronic kidney disease, stage 3|Maladie rénale chronique, stade 3
N18.5|Chronic kidney disease, stage 5|Maladie rénale chronique, stade 5
N18.9|Chronic kidney disease, unspecified|Maladie rénale chronique, sans précision
N20.0|Calculus of kidney|Calcul du rein
N23|Unspecified renal colic|Colique néphrétique, sans précision
N30.0|Acute cystitis|Cystite aiguë
N39.0|Urinary tract infection, site not specified|Infection des voies urinaires, siège non précisé
N40|Hyperplasia of prostate|Hyperplasie de la prostate
N41.0|Acute prostatitis|Prostatite aiguë
N63|Unspecified lump in breast|Tuméfaction mammaire, sans précision
N76.0|Acute vaginitis|Vaginite aiguë
N80.9|Endometriosis, unspecified|Endométriose, sans précision
N92.0|Excessive and frequent menstruation with regular cycle|Menstruation excessive et fréquente avec cycle régulier
N95.1|Menopausal and female climacteric states|États de ménopause et de climatère féminin
O03.9|Spontaneous abortion, complete or unspecified, without complication|Avortement spontané, complet ou sans précision, sans complication
O14.9|Pre-eclampsia, unspecified|Prééclampsie, sans précision
O21.0|Mild hyperemesis gravidarum|Hyperémèse gravidique bénigne
O24.4|Diabetes mellitus arising in pregnancy|Diabète sucré survenant au cours de la grossesse
O80.9|Single spontaneous delivery, unspecified|Accouchement unique et spontané, sans précision
P07.3|Other preterm infants|Autres enfants nés avant terme
P59.9|Neonatal jaundice, unspecified|Ictère néonatal, sans précision
Q21.1|Atrial septal defect|Communication interauriculaire
Q90.9|Down syndrome, unspecified|Syndrome de Down, sans précision
R00.0|Tachycardia, unspecified|Tachycardie, sans précision
R00.1|Bradycardia, unspecified|Bradycardie, sans précision
R03.0|Elevated blood-pressure reading, without diagnosis of hypertension|Constatation d'une élévation de la tension artérielle, sans diagnostic d'hypertension
R04.0|Epistaxis|Épistaxis
R05|Cough|Toux
R06.0|Dyspnoea|Dyspnée
R07.4|Chest pain, unspecified|Douleur thoracique, sans précision
R10.4|Other and unspecified abdominal pain|Douleurs abdominales, autres et non précisées
R11|Nausea and vomiting|Nausées et vomissements
R13|Dysphagia|Dysphagie
R17|Unspecified jaundice|Ictère, sans précision
R18|Ascites|Ascite
R19.7|Diarrhoea, unspecified|Diarrhée, sans précision
R21|Rash and other nonspecific skin eruption|Rash et autres éruptions cutanées non spécifiques
R25.1|Tremor, unspecified|Tremblement, sans précision
R31|Unspecified haematuria|Hématurie, sans précision
R33|Retention of urine|Rétention d'urine
R40.2|Coma, unspecified|Coma, sans précision
R41.0|Disorientation, unspecified|Désorientation, sans précision
R42|Dizziness and giddiness|Étourdissements et éblouissements
R50.9|Fever, unspecified|Fièvre, sans précision
R51|Headache|Céphalée
R52.9|Pain, unspecified|Douleur, sans précision
R53|Malaise and fatigue|Malaise et fatigue
R55|Syncope and collapse|Syncope et collapsus
R56.0|Febrile convulsions|Convulsions fébriles
R57.0|Cardiogenic shock|Choc cardiogénique
R57.1|Hypovolaemic shock|Choc hypovolémique
R60.0|Localized oedema|Œdème localisé
R63.4|Abnormal weight loss|Perte de poids anormale
R65.1|Systemic inflammatory response syndrome of non-infectious origin with organ failure|Syndrome de réponse inflammatoire systémique d'origine non infectieuse, avec défaillance d'organe
R69|Unknown and unspecified causes of morbidity|Causes inconnues et non précisées de morbidité
R73.9|Hyperglycaemia, unspecified|Hyperglycémie, sans précision
R79.8|Other specified abnormal findings of blood chemistry|Autres résultats anormaux précisés de la chimie du sang
S00.9|Superficial injury of head, part unspecified|Lésion traumatique superficielle de la tête, partie non précisée
S06.0|Concussion|Commotion cérébrale
S06.9|Intracranial injury, unspecified|Lésion traumatique intracrânienne, sans précision
S22.3|Fracture of rib|Fracture d'une côte
S32.0|Fracture of lumbar vertebra|Fracture d'une vertèbre lombaire
S42.0|Fracture of clavicle|Fracture de la clavicule
S52.5|Fracture of lower end of radius|Fracture de l'extrémité inférieure du radius
S61.9|Open wound of wrist and hand, part unspecified|Plaie ouverte du poignet et de la main, partie non précisée
S72.0|Fracture of neck of femur|Fracture du col du fémur
S82.6|Fracture of lateral malleolus|Fracture de la malléole externe
S83.6|Sprain and strain of other and unspecified parts of knee|Entorse et foulure de parties autres et non précisées du genou
S93.4|Sprain and strain of ankle|Entorse et foulure de la cheville
T14.9|Injury, unspecified|Lésion traumatique, sans précision
T30.0|Burn of unspecified body region, unspecified degree|Brûlure, partie du corps non précisée, degré non précisé
T39.1|Poisoning by 4-Aminophenol derivatives|Intoxication par dérivés du 4-aminophénol
T42.4|Poisoning by benzodiazepines|Intoxication par benzodiazépines
T51.0|Toxic effect of ethanol|Effet toxique de l'éthanol
T58|Toxic effect of carbon monoxide|Effet toxique du monoxyde de carbone
T63.4|Toxic effect of venom of other arthropods|Effet toxique du venin d'autres arthropodes
T78.2|Anaphylactic shock, unspecified|Choc anaphylactique, sans précision
T78.3|Angioneurotic oedema|Œdème angioneurotique
T78.4|Allergy, unspecified|Allergie, sans précision
T81.4|Infection following a procedure, not elsewhere classified|Infection après un acte à visée diagnostique et thérapeutique, non classée ailleurs
T88.7|Unspecified adverse effect of drug or medicament|Effet indésirable d'un médicament, sans précision
U07.1|COVID-19, virus identified|COVID-19, virus identifié
U07.2|COVID-19, virus not identified|COVID-19, virus non identifié
W19|Unspecified fall|Chute, sans précision
Z00.0|General medical examination|Examen médical général
Z01.8|Other specified special examinations|Autres examens spéciaux précisés
Z09.9|Follow-up examination after unspecified treatment for other conditions|Examen de contrôle après traitement non précisé pour d'autres affections
Z23.9|Need for immunization against single bacterial diseases|Nécessité d'une vaccination contre une maladie bactérienne
Z30.0|General counselling and advice on contraception|Conseils et avis généraux concernant la contraception
Z34.9|Supervision of normal pregnancy, unspecified|Surveillance d'une grossesse normale, sans précision
Z51.1|Chemotherapy session for neoplasm|Séance de chimiothérapie pour tumeur
Z71.9|Counselling, unspecified|Conseil, sans précision
Z76.0|Issue of repeat prescription|Délivrance de renouvellement d'ordonnance
Z86.7|Personal history of diseases of the circulatory system|Antécédents personnels de maladies de l'appareil circulatoire
Z88.0|Personal history of allergy to penicillin|Antécédents personnels d'allergie à la pénicilline
Z92.1|Personal history of long-term (current) use of anticoagulants|Antécédents personnels d'utilisation (actuelle) à long terme d'anticoagulants
Z95.0|Presence of cardiac pacemaker|Présence d'un stimulateur cardiaque
Z99.2|Dependence on renal dialysis|Dépendance envers une dialyse rénale
`;
